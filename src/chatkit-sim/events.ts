import type { ChatKitEvents } from '@openai/chatkit';

type DetailOf<K extends keyof ChatKitEvents> = ChatKitEvents[K] extends CustomEvent<infer Detail> ? Detail : never;

/** Dispatches a `chatkit.*` CustomEvent; events typed `CustomEvent<void>` carry no detail. */
export type EmitChatKitEvent = <K extends keyof ChatKitEvents>(
  name: K,
  ...detail: [DetailOf<K>] extends [void] ? [] : [detail: DetailOf<K>]
) => void;

/**
 * Events are dispatched on the element and do not bubble [G]: the React bindings listen on the
 * element itself, and a capture listener on `document` still sees them.
 */
export function chatKitEventEmitter(element: HTMLElement): EmitChatKitEvent {
  return (name, ...detail) => {
    element.dispatchEvent(detail.length === 0 ? new CustomEvent(name) : new CustomEvent(name, { detail: detail[0] }));
  };
}
