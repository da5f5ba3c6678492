import type { Attachment, ThreadItem } from '../chatkit-protocol/index';
import { h } from './dom';

interface RenderedMessage {
  element: HTMLLIElement;
  parts: string[];
}

/** The thread's user and assistant messages, with assistant text growing as deltas stream in. */
export class MessageList {
  readonly element = h('ol', { class: 'ck-thread', 'aria-label': 'Messages' });
  readonly #messages = new Map<string, RenderedMessage>();
  #pendingUserMessage: HTMLLIElement | null = null;

  get isEmpty(): boolean {
    return this.#messages.size === 0 && this.#pendingUserMessage === null;
  }

  clear(): void {
    this.#messages.clear();
    this.#pendingUserMessage = null;
    this.element.replaceChildren();
  }

  /** Shows what the user sent until the server echoes it back as a `user_message` item. */
  showPendingUserMessage(text: string, attachments: readonly Pick<Attachment, 'name'>[]): void {
    this.#pendingUserMessage?.remove();
    this.#pendingUserMessage = messageElement('user', text, attachments);
    this.element.append(this.#pendingUserMessage);
  }

  upsert(item: ThreadItem): void {
    const parts = item.content.map((part) => part.text);
    const attachments = item.type === 'user_message' ? item.attachments : [];
    const element = messageElement(item.type === 'user_message' ? 'user' : 'assistant', parts.join(''), attachments);
    const existing = this.#messages.get(item.id);
    if (existing) {
      existing.element.replaceWith(element);
    } else if (item.type === 'user_message' && this.#pendingUserMessage) {
      this.#pendingUserMessage.replaceWith(element);
      this.#pendingUserMessage = null;
    } else {
      this.element.append(element);
    }
    this.#messages.set(item.id, { element, parts });
  }

  appendText(itemId: string, contentIndex: number, delta: string): void {
    const message = this.#messages.get(itemId);
    if (!message) return;
    while (message.parts.length <= contentIndex) message.parts.push('');
    message.parts[contentIndex] = (message.parts[contentIndex] ?? '') + delta;
    textOf(message.element).textContent = message.parts.join('');
  }

  /** Drops every message after `itemId`, as a retry regenerates them. */
  removeAfter(itemId: string): void {
    let after = false;
    for (const [id, message] of this.#messages) {
      if (after) {
        message.element.remove();
        this.#messages.delete(id);
      }
      if (id === itemId) after = true;
    }
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

function textOf(message: HTMLElement): HTMLElement {
  return message.querySelector<HTMLElement>('.ck-text') ?? message;
}
