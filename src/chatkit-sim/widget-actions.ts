import type { ChatKitOptions, WidgetsOption } from '@openai/chatkit';
import type { Action, ActionConfig, ChatKitRequest, SyncCustomActionResponse, ThreadItem, WidgetItem } from '../chatkit-protocol/index';
import type { ChatKitBackend } from './backend';

type WidgetItemForHandler = Parameters<NonNullable<WidgetsOption['onAction']>>[1];

export interface WidgetActionParts {
  options: () => ChatKitOptions;
  backend: ChatKitBackend;
  threadId: () => string | null;
  isResponding: () => boolean;
  /** Sends a streaming request and applies its events. */
  stream: (request: ChatKitRequest) => Promise<void>;
  showItem: (item: ThreadItem) => void;
  /** Reports a failed action and shows its message. */
  fail: (error: unknown) => void;
}

/**
 * Runs a widget component's action where its `ActionConfig` sends it: `handler: "client"` to
 * `widgets.onAction(action, widgetItem)`, otherwise to the server as a streamed `threads.custom_action`
 * [D]; with `streaming: false`, as a `threads.sync_custom_action` JSON request whose `updated_item`
 * replaces the widget ([I] chatkit-python#117). Only `{type, payload}` travels [G].
 */
export async function runWidgetAction(
  parts: WidgetActionParts,
  config: ActionConfig,
  item: WidgetItem,
  setLoading: (loading: boolean) => void,
): Promise<void> {
  const action: Action = config.payload === undefined ? { type: config.type } : { type: config.type, payload: config.payload };
  const run = actionRun(parts, config.handler === 'client' ? 'client' : config.streaming === false ? 'sync' : 'stream', action, item);
  if (run === null) return;

  setLoading(true);
  try {
    await run();
  } catch (error) {
    // [G] A rejected `onAction` or a failed sync action is reported like any failed request.
    parts.fail(error);
  } finally {
    setLoading(false);
  }
}

/** What running the action does, or `null` when it does nothing. */
function actionRun(parts: WidgetActionParts, route: 'client' | 'sync' | 'stream', action: Action, item: WidgetItem): (() => Promise<void>) | null {
  const threadId = parts.threadId();
  if (route === 'client') {
    const onAction = parts.options().widgets?.onAction;
    // [G] Without `widgets.onAction` nothing happens ([I] chatkit-js#108: "nothing fires client-side").
    return onAction ? () => onAction(action, { id: item.id, widget: item.widget } as unknown as WidgetItemForHandler) : null;
  }
  if (threadId === null) return null;
  const params = { thread_id: threadId, item_id: item.id, action };
  if (route === 'sync') {
    return async () => {
      const response = await parts.backend.send({ type: 'threads.sync_custom_action', params });
      const answer = (await response.json()) as SyncCustomActionResponse;
      if (answer.updated_item) parts.showItem(answer.updated_item);
    };
  }
  // A streamed action needs the stream to itself: clicks while a response streams do nothing ([I]
  // chatkit-js#163, chatkit-python#112). Client and `streaming: false` actions run anyway ([I] chatkit-js#163).
  return parts.isResponding() ? null : () => parts.stream({ type: 'threads.custom_action', params });
}
