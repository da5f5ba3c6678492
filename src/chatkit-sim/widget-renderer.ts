import type { ActionConfig, WidgetComponent, WidgetRoot, WidgetStatus } from '../chatkit-protocol/index';
import { h } from './dom';
import { childrenOf } from './widget-tree';

export interface WidgetHooks {
  /**
   * A component fired its action. `loadingKey` names what shows the loading state `loadingBehavior`
   * asks for (see `showWidgetLoading`), or is `null` for none.
   */
  onAction: (action: ActionConfig, loadingKey: string | null) => void;
  /** The loading keys of actions still running, drawn loading again when the widget is redrawn. */
  busy: ReadonlySet<string>;
}

/** The loading key of the whole widget. */
const CONTAINER = 'widget';

/**
 * Draws a widget root (chatkit-python widget JSON) with plain, accessible elements: buttons are
 * `<button>`s, images keep their `alt`. Layout and colour props are not simulated; components the
 * simulator does not draw (Select, Chart, …) show their type and "not simulated".
 */
export function renderWidget(root: WidgetRoot, hooks: WidgetHooks): HTMLElement {
  const container = h('div', { class: 'ck-widget', 'data-loading-key': CONTAINER });

  /** `auto` loading: the node an action is bound to for buttons and list rows, the whole widget for card and form actions [D]. */
  const bind = (element: HTMLElement, action: ActionConfig | undefined, key: string, auto: 'self' | 'container', event = 'click'): void => {
    if (!action) return;
    element.dataset['loadingKey'] = key;
    if (hooks.busy.has(key)) showLoading(element, true);
    element.addEventListener(event, (domEvent) => {
      domEvent.preventDefault();
      const scope = action.loadingBehavior === undefined || action.loadingBehavior === 'auto' ? auto : action.loadingBehavior;
      hooks.onAction(action, scope === 'none' ? null : scope === 'self' ? key : CONTAINER);
    });
  };

  const draw = (component: WidgetComponent, path: string): HTMLElement | null => {
    const children = (): HTMLElement[] => childrenOf(component).flatMap((child, index) => draw(child, `${path}.${index}`) ?? []);
    switch (component.type) {
      case 'Card': {
        const footer = [component.confirm, component.cancel].flatMap((cardAction, index) => {
          if (!cardAction) return [];
          const button = h('button', { type: 'button', class: 'ck-w-button' }, cardAction.label);
          bind(button, cardAction.action, `${path}.footer${index}`, 'container');
          return [button];
        });
        return h('section', { class: 'ck-card' }, status(component.status), ...children(), footer.length > 0 ? h('div', { class: 'ck-w-row' }, ...footer) : null);
      }
      case 'ListView':
        return h('div', {}, status(component.status), h('ul', { class: 'ck-w-list' }, ...children()));
      case 'ListViewItem': {
        if (!component.onClickAction) return h('li', { class: 'ck-w-row' }, ...children());
        const row = h('button', { type: 'button', class: 'ck-w-row' }, ...children());
        bind(row, component.onClickAction, path, 'self');
        return h('li', {}, row);
      }
      case 'Basic':
      case 'Col':
        return h('div', { class: 'ck-w-col' }, ...children());
      case 'Row':
        return h('div', { class: 'ck-w-row' }, ...children());
      case 'Box':
        return h('div', { class: layoutClass(component.direction) }, ...children());
      case 'Form': {
        const form = h('form', { class: layoutClass(component.direction) }, ...children());
        bind(form, component.onSubmitAction, path, 'container', 'submit');
        return form;
      }
      case 'Title':
        return h('h3', { class: 'ck-w-title' }, component.value);
      case 'Text':
        return h('p', {}, component.value);
      case 'Caption':
        return h('p', { class: 'ck-w-caption' }, component.value);
      case 'Markdown':
        // [G] Markdown is shown as its plain source.
        return h('div', { class: 'ck-w-md' }, component.value);
      case 'Badge':
        return h('span', { class: 'ck-w-badge', 'data-color': component.color ?? 'secondary' }, component.label);
      case 'Button': {
        const label = component.label ?? null;
        const button = h(
          'button',
          {
            type: component.submit ? 'submit' : 'button',
            class: 'ck-w-button',
            disabled: component.disabled === true,
            // [G] An icon-only button is named after its icon.
            'aria-label': label ? null : (component.iconStart ?? component.iconEnd ?? null),
          },
          label,
        );
        if (!component.submit) bind(button, component.onClickAction, path, 'self');
        return button;
      }
      case 'Image':
        // [G] An image without `alt` is treated as decorative.
        return h('img', { src: component.src, alt: component.alt ?? '' });
      case 'Icon':
        return h('span', { 'aria-hidden': 'true', 'data-icon': component.name });
      case 'Divider':
        return h('hr');
      case 'Spacer':
        return h('div', { class: 'ck-w-spacer' });
      case 'Transition':
        return children()[0] ?? null;
      default: {
        const unknown = component as { type: string };
        return h('div', { class: 'ck-w-unknown' }, `${unknown.type} (not simulated)`);
      }
    }
  };

  container.append(draw(root, 'root') ?? '');
  if (hooks.busy.has(CONTAINER)) showLoading(container, true);
  return container;
}

/** Shows or clears the loading state of the node with `loadingKey` in a drawn widget. */
export function showWidgetLoading(widget: HTMLElement, loadingKey: string, loading: boolean): void {
  const target = widget.dataset['loadingKey'] === loadingKey ? widget : widget.querySelector<HTMLElement>(`[data-loading-key="${loadingKey}"]`);
  if (target) showLoading(target, loading);
}

/** [G] A Box or Form without `direction` stacks its children. */
function layoutClass(direction: 'row' | 'col' | undefined): string {
  return direction === 'row' ? 'ck-w-row' : 'ck-w-col';
}

function status(widgetStatus: WidgetStatus | undefined): HTMLElement | null {
  return widgetStatus ? h('p', { class: 'ck-w-caption' }, widgetStatus.text) : null;
}

/** A busy button is disabled; a busy list row or widget is inert. Both say `aria-busy`. */
function showLoading(target: HTMLElement, loading: boolean): void {
  target.setAttribute('aria-busy', String(loading));
  if (target instanceof HTMLButtonElement) target.disabled = loading;
  else target.toggleAttribute('inert', loading);
}
