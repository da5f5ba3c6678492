import type { Action, WidgetItem, WidgetRoot } from '../chatkit-protocol/index';
import type { ReplyFn } from './reply';

/**
 * What a ChatKit server's `respond()` (or `action()`) does, one step at a time, in the words of
 * chatkit-python: each step becomes the events chatkit-python streams for it. A script returns the
 * steps; the responder gives them ids, timestamps and the events around them.
 */
export type ResponseStep =
  /** An assistant message, streamed as `stream_agent_response` streams one. */
  | { type: 'text'; text: string }
  /** `stream_widget` with one root: a single `thread.item.done` carrying a `widget` item. */
  | { type: 'widget'; widget: WidgetRoot; copy_text?: string }
  /** A pending `client_tool_call` item; `threads.add_client_tool_output` continues the response. */
  | { type: 'client_tool_call'; name: string; arguments: Record<string, unknown> }
  | { type: 'progress_update'; text: string; icon?: string }
  | { type: 'notice'; level: 'info' | 'warning' | 'danger'; message: string; title?: string }
  | { type: 'client_effect'; name: string; data?: Record<string, unknown> }
  /** `respond()` raises: chatkit-python streams `{"type":"error","code":"stream.error","allow_retry":true}`. */
  | { type: 'fail' }
  /** `respond()` raises `CustomStreamError(message, allow_retry=…)` (chatkit-python's default: no retry). */
  | { type: 'custom_error'; message: string; allow_retry?: boolean };

/** An action's steps may also replace the widget that sent it (`ThreadItemReplacedEvent`). */
export type ActionStep = ResponseStep | { type: 'replace_widget'; widget: WidgetRoot };

/** Why `respond()` runs: a user message (new, or retried), or a client tool's output. */
export type ResponseTurn =
  | { kind: 'user_message'; text: string }
  | { kind: 'client_tool_output'; name: string; arguments: Record<string, unknown>; result: unknown };

export interface ChatKitScript {
  respond(turn: ResponseTurn): ResponseStep[];
  /** `threads.custom_action`. Without it the server streams `stream.error`, as `action()` raises by default. */
  action?(action: Action, sender: WidgetItem | null): ActionStep[];
  /**
   * `threads.sync_custom_action`: the sender's new widget, or null to answer `{}`. Without it the
   * request fails with a 500, as `sync_action()` raises by default.
   */
  syncAction?(action: Action, sender: WidgetItem | null): WidgetRoot | null;
}

/** The script behind the plain `reply` option: every turn is answered with one text message. */
export function replyScript(reply: ReplyFn): ChatKitScript {
  return {
    respond: (turn) => [{ type: 'text', text: reply(turn.kind === 'user_message' ? turn.text : JSON.stringify(turn.result)) }],
  };
}
