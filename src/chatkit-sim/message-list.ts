import type { ActionConfig, AssistantMessageItem, Attachment, ThreadItemUpdate, UserMessageItem, WidgetItem } from '../chatkit-protocol/index';
import { h } from './dom';
import { renderWidget, showWidgetLoading } from './widget-renderer';
import { isWidgetUpdate, updateWidget } from './widget-tree';

/** The thread items the simulator draws; client tool calls and other item types are not shown. */
export type ShownItem = UserMessageItem | AssistantMessageItem | WidgetItem;

export type WidgetActionIntent = (action: ActionConfig, item: WidgetItem, setLoading: (loading: boolean) => void) => void;

interface RenderedItem {
  element: HTMLLIElement;
  item: ShownItem;
  /** The text of each content part, for messages. */
  parts: string[];
}

export function isShownItem(item: { type: string }): item is ShownItem {
  return item.type === 'user_message' || item.type === 'assistant_message' || item.type === 'widget';
}

/** The thread's messages and widgets, with assistant text and widgets changing as updates stream in. */
export class MessageList {
  readonly element = h('ol', { class: 'ck-thread', 'aria-label': 'Messages' });
  readonly #items = new Map<string, RenderedItem>();
  readonly #onWidgetAction: WidgetActionIntent;
  /** For each widget item, the loading keys of its actions still running. */
  readonly #busyWidgetNodes = new Map<string, Set<string>>();
  #pendingUserMessage: HTMLLIElement | null = null;

  constructor(onWidgetAction: WidgetActionIntent) {
    this.#onWidgetAction = onWidgetAction;
  }

  get isEmpty(): boolean {
    return this.#items.size === 0 && this.#pendingUserMessage === null;
  }

  clear(): void {
    this.#items.clear();
    this.#busyWidgetNodes.clear();
    this.#pendingUserMessage = null;
    this.element.replaceChildren();
  }

  /** Shows what the user sent until the server echoes it back as a `user_message` item. */
  showPendingUserMessage(text: string, attachments: readonly Pick<Attachment, 'name'>[]): void {
    this.#pendingUserMessage?.remove();
    this.#pendingUserMessage = messageElement('user', text, attachments);
    this.element.append(this.#pendingUserMessage);
  }

  upsert(item: ShownItem): void {
    const parts = item.type === 'widget' ? [] : item.content.map((part) => part.text);
    const element = this.#render(item, parts);
    const existing = this.#items.get(item.id);
    if (existing) {
      existing.element.replaceWith(element);
    } else if (item.type === 'user_message' && this.#pendingUserMessage) {
      this.#pendingUserMessage.replaceWith(element);
      this.#pendingUserMessage = null;
    } else {
      this.element.append(element);
    }
    this.#items.set(item.id, { element, item, parts });
  }

  update(itemId: string, update: ThreadItemUpdate): void {
    const rendered = this.#items.get(itemId);
    if (!rendered) return;
    const { item, parts } = rendered;
    if (item.type === 'widget') {
      if (isWidgetUpdate(update)) this.upsert({ ...item, widget: updateWidget(item.widget, update) });
      return;
    }
    if (!('content_index' in update)) return;
    while (parts.length <= update.content_index) parts.push('');
    parts[update.content_index] = 'delta' in update ? parts[update.content_index] + update.delta : update.content.text;
    const text = rendered.element.querySelector('.ck-text');
    if (text) text.textContent = parts.join('');
  }

  remove(itemId: string): void {
    this.#items.get(itemId)?.element.remove();
    this.#items.delete(itemId);
  }

  /** Drops every item after `itemId`, as a retry regenerates them. */
  removeAfter(itemId: string): void {
    const ids = [...this.#items.keys()];
    const index = ids.indexOf(itemId);
    if (index >= 0) for (const id of ids.slice(index + 1)) this.remove(id);
  }

  #render(item: ShownItem, parts: string[]): HTMLLIElement {
    if (item.type !== 'widget') {
      return messageElement(item.type === 'user_message' ? 'user' : 'assistant', parts.join(''), item.type === 'user_message' ? item.attachments : []);
    }
    const onAction = (action: ActionConfig, loadingKey: string | null): void =>
      this.#onWidgetAction(action, item, (loading) => this.#setWidgetLoading(item.id, loadingKey, loading));
    return h('li', { class: 'ck-widget-item' }, h('span', { class: 'ck-sr' }, 'Assistant widget: '), renderWidget(item.widget, { onAction, busy: this.#busyNodesOf(item.id) }));
  }

  #setWidgetLoading(itemId: string, loadingKey: string | null, loading: boolean): void {
    if (loadingKey === null) return;
    const busy = this.#busyNodesOf(itemId);
    if (loading) busy.add(loadingKey);
    else busy.delete(loadingKey);
    const widget = this.#items.get(itemId)?.element.querySelector<HTMLElement>('.ck-widget');
    if (widget) showWidgetLoading(widget, loadingKey, loading);
  }

  #busyNodesOf(itemId: string): Set<string> {
    let busy = this.#busyWidgetNodes.get(itemId);
    if (!busy) {
      busy = new Set();
      this.#busyWidgetNodes.set(itemId, busy);
    }
    return busy;
  }
}

function messageElement(role: 'user' | 'assistant', text: string, attachments: readonly Pick<Attachment, 'name'>[]): HTMLLIElement {
  const files = attachments.length > 0 ? h('ul', { 'aria-label': 'Attachments' }, ...attachments.map((file) => h('li', {}, file.name))) : null;
  return h(
    'li',
    { class: 'ck-msg', 'data-role': role },
    h('span', { class: 'ck-sr' }, role === 'user' ? 'You said: ' : 'Assistant: '),
    h('div', { class: 'ck-text' }, text),
    files,
  );
}
