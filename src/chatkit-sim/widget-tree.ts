import type { ThreadItemUpdate, WidgetComponent, WidgetRoot } from '../chatkit-protocol/index';

export type WidgetUpdate = Extract<ThreadItemUpdate, { type: `widget.${string}` }>;

export function isWidgetUpdate(update: ThreadItemUpdate): update is WidgetUpdate {
  return update.type.startsWith('widget.');
}

/** A component's children as a list, whichever of chatkit-python's shapes they come in. */
export function childrenOf(component: WidgetComponent): WidgetComponent[] {
  const children: unknown = 'children' in component ? component.children : undefined;
  if (Array.isArray(children)) return children as WidgetComponent[];
  return children && typeof children === 'object' ? [children as WidgetComponent] : [];
}

/**
 * The widget after one update: chatkit-python `diff_widget` sends the whole root, one component
 * replaced by `id`, or text appended to the `value` of a Text or Markdown component by `id`.
 */
export function updateWidget(root: WidgetRoot, update: WidgetUpdate): WidgetRoot {
  switch (update.type) {
    case 'widget.root.updated':
      return update.widget;
    case 'widget.component.updated':
      return mapComponents(root, update.component_id, () => update.component) as WidgetRoot;
    case 'widget.streaming_text.value_delta':
      return mapComponents(root, update.component_id, (found) =>
        'value' in found ? { ...found, value: found.value + update.delta, streaming: !update.done } : found,
      ) as WidgetRoot;
  }
}

function mapComponents(component: WidgetComponent, id: string, change: (found: WidgetComponent) => WidgetComponent): WidgetComponent {
  if (component.id === id) return change(component);
  if (!('children' in component) || !component.children) return component;
  const children = childrenOf(component).map((child) => mapComponents(child, id, change));
  return { ...component, children: Array.isArray(component.children) ? children : (children[0] ?? null) } as WidgetComponent;
}
