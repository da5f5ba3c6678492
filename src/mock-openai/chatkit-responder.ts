import type {
  Action,
  AssistantMessageItem,
  Attachment,
  ChatKitRequest,
  ClientToolCallItem,
  FeedbackKind,
  ThreadItem,
  ThreadStreamEvent,
  UserMessageInput,
  UserMessageItem,
  WidgetItem,
} from '../chatkit-protocol/index';
import type { AttachmentStore } from './attachment-store';
import { userTextOf } from './chatkit-request';
import type { MockClock } from './clock';
import { sleep } from './http-utils';
import type { IdScheme } from './ids';
import { splitIntoDeltas, titleFor } from './reply';
import type { ActionStep, ChatKitScript, ResponseStep, ResponseTurn } from './response-script';
import type { ThreadStore } from './thread-store';

/**
 * Answers the thread requests of the ChatKit protocol for one owner's threads. Both the hosted
 * `/v1/chatkit/conversation` endpoint and the custom-server factory use it; each wraps the
 * outcome in its own HTTP answer. What is streamed and stored follows chatkit-python's
 * `ChatKitServer` (`chatkit/server.py`) [D], checked against the real library by the conformance test.
 */
export interface ThreadResponderOptions {
  threads: ThreadStore;
  attachments: AttachmentStore;
  ids: IdScheme;
  clock: MockClock;
  script: ChatKitScript;
  streamChunkDelayMs: number;
  /**
   * `chatkit-python`: text is streamed as its Agents SDK integration streams it (a content part
   * added, deltas, the part done) [D], and a message's attachments carry its thread id [D].
   * `openai-hosted`: text deltas alone and attachments as uploaded [G].
   */
  backend: 'chatkit-python' | 'openai-hosted';
  /** Set a title from the first message and announce it with `thread.updated`. */
  titleThreads: boolean;
  /** Consulted once per streamed response: true makes it end in a `stream.error` event. */
  shouldFail: () => boolean;
  onFeedback?: (feedback: { thread_id: string; item_ids: string[]; kind: FeedbackKind }) => void;
}

export type ThreadRequest = Exclude<ChatKitRequest, { type: 'attachments.create' | 'attachments.delete' }>;

export type ChatKitOutcome =
  | { kind: 'stream'; events: AsyncIterable<ThreadStreamEvent> }
  | { kind: 'json'; body: unknown }
  /** 404: something the request names does not exist; 500: the server raised for another reason. */
  | { kind: 'error'; status: 404 | 500; message: string };

export function respondToThreadRequest(request: ThreadRequest, options: ThreadResponderOptions): ChatKitOutcome {
  const { threads } = options;
  switch (request.type) {
    case 'threads.list':
      return json(threads.list(request.params));
    case 'threads.get_by_id': {
      const thread = threads.get(request.params.thread_id);
      return thread ? json(thread) : threadNotFound(request.params.thread_id);
    }
    case 'threads.update': {
      const { thread_id: threadId, title } = request.params;
      if (!threads.has(threadId)) return threadNotFound(threadId);
      threads.setTitle(threadId, title);
      return json(threads.getMetadata(threadId));
    }
    case 'threads.delete':
      threads.delete(request.params.thread_id);
      return json({});
    case 'items.list': {
      const { thread_id: threadId, ...page } = request.params;
      return threads.has(threadId) ? json(threads.listItems(threadId, page)) : threadNotFound(threadId);
    }
    case 'items.feedback':
      // chatkit-python's default `add_feedback` does nothing and the answer is always `{}` [D].
      options.onFeedback?.(structuredClone(request.params));
      return json({});
    case 'threads.create': {
      const attachments = resolveAttachments(request.params.input, options.attachments);
      if (Array.isArray(attachments)) {
        return stream(createThreadAndRespond(options, request.params.input, attachments, options.shouldFail()));
      }
      // chatkit-python saves and announces the thread before it loads the attachments [D].
      return options.backend === 'chatkit-python' ? stream(createThreadAndFail(options, attachments)) : attachments;
    }
    case 'threads.add_user_message': {
      const { thread_id: threadId, input } = request.params;
      if (!threads.has(threadId)) return threadNotFound(threadId);
      const attachments = resolveAttachments(input, options.attachments);
      if (!Array.isArray(attachments)) return attachments;
      return stream(addUserMessageAndRespond(options, threadId, input, attachments, options.shouldFail()));
    }
    case 'threads.retry_after_item':
      return retryAfterItem(request.params.thread_id, request.params.item_id, options);
    case 'threads.add_client_tool_output':
      return addClientToolOutput(request.params.thread_id, request.params.result, options);
    case 'threads.custom_action':
    case 'threads.sync_custom_action': {
      const { thread_id: threadId, item_id: itemId, action } = request.params;
      if (!threads.has(threadId)) return threadNotFound(threadId);
      const sender = itemId === undefined || itemId === null ? null : threads.findItem(threadId, itemId);
      if (sender === undefined) return { kind: 'error', status: 404, message: `Item with id '${itemId}' not found.` };
      return request.type === 'threads.custom_action'
        ? customAction(threadId, action, sender, options)
        : syncCustomAction(threadId, action, sender, options);
    }
  }
}

function json(body: unknown): ChatKitOutcome {
  return { kind: 'json', body };
}

function stream(events: AsyncIterable<ThreadStreamEvent>): ChatKitOutcome {
  return { kind: 'stream', events };
}

function threadNotFound(threadId: string): ChatKitOutcome {
  return { kind: 'error', status: 404, message: `Thread with id '${threadId}' not found.` };
}

/** Made-up attachment ids make the hosted API answer 500 [I] chatkit-js#149. */
function resolveAttachments(input: UserMessageInput, store: AttachmentStore): Attachment[] | ChatKitOutcome {
  const resolved: Attachment[] = [];
  for (const id of input.attachments) {
    const attachment = store.get(id);
    if (!attachment) return { kind: 'error', status: 500, message: `Attachment with id '${id}' not found.` };
    const { upload_descriptor: _uploadDescriptor, ...withoutDescriptor } = attachment;
    resolved.push(withoutDescriptor);
  }
  return resolved;
}

/** chatkit-python walks back from the newest item; no such item means an empty stream [D]. */
function retryAfterItem(threadId: string, itemId: string, options: ThreadResponderOptions): ChatKitOutcome {
  if (!options.threads.has(threadId)) return threadNotFound(threadId);
  const item = options.threads.findItem(threadId, itemId);
  if (item === undefined) return stream(noEvents());
  if (item.type !== 'user_message') return { kind: 'error', status: 500, message: `Item ${itemId} is not a user message` };
  options.threads.removeItemsAfter(threadId, itemId);
  const turn: ResponseTurn = { kind: 'user_message', text: userTextOf(item.content) };
  return stream(respond(options, threadId, turn, options.shouldFail()));
}

/** The newest item must be a pending client tool call; it is completed with the result, silently [D]. */
function addClientToolOutput(threadId: string, result: unknown, options: ThreadResponderOptions): ChatKitOutcome {
  const { threads } = options;
  if (!threads.has(threadId)) return threadNotFound(threadId);
  const toolCall = threads.lastItem(threadId);
  if (toolCall?.type !== 'client_tool_call' || toolCall.status !== 'pending') {
    return { kind: 'error', status: 500, message: `Last thread item in ${threadId} was not a ClientToolCallItem` };
  }
  threads.saveItem(threadId, { ...toolCall, status: 'completed', output: result });
  threads.deletePendingToolCalls(threadId);
  const turn: ResponseTurn = { kind: 'client_tool_output', name: toolCall.name, arguments: toolCall.arguments, result };
  return stream(respond(options, threadId, turn, options.shouldFail()));
}

/** What `ChatKitServer.action()` and `sync_action()` raise unless overridden, word for word [V]. */
export const ACTION_NOT_OVERRIDDEN =
  'The action() method must be overridden to react to actions. See https://github.com/openai/chatkit-python/blob/main/docs/widgets.md#widget-actions';
export const SYNC_ACTION_NOT_OVERRIDDEN =
  'The sync_action() method must be overridden to react to sync actions. See https://github.com/openai/chatkit-python/blob/main/docs/widgets.md#widget-actions';

/** chatkit-python logs what it raised (logger `chatkit`); the sandbox shows the line in the page's console. */
function logNotOverridden(options: ThreadResponderOptions, message: string): void {
  if (options.backend === 'chatkit-python') console.error(`[ChatKit server log] NotImplementedError: ${message}`);
}

function customAction(threadId: string, action: Action, sender: ThreadItem | null, options: ThreadResponderOptions): ChatKitOutcome {
  // chatkit-python answers an action sent by anything but a widget with this one event [D].
  if (sender !== null && sender.type !== 'widget') return stream(oneEvent({ type: 'error', code: 'stream.error', allow_retry: false }));
  const widget = sender as WidgetItem | null;
  const fail = options.shouldFail();
  const { action: script } = options.script;
  const steps = (): ActionStep[] => {
    if (fail) return [{ type: 'fail' }];
    if (!script) {
      logNotOverridden(options, ACTION_NOT_OVERRIDDEN);
      return [{ type: 'fail' }];
    }
    return script(structuredClone(action), widget && structuredClone(widget));
  };
  return stream(streamResponse(options, threadId, steps, widget));
}

function syncCustomAction(threadId: string, action: Action, sender: ThreadItem | null, options: ThreadResponderOptions): ChatKitOutcome {
  if (sender !== null && sender.type !== 'widget') {
    return { kind: 'error', status: 500, message: 'threads.sync_custom_action requires a widget sender item' };
  }
  const { syncAction } = options.script;
  if (!syncAction) {
    logNotOverridden(options, SYNC_ACTION_NOT_OVERRIDDEN);
    return { kind: 'error', status: 500, message: SYNC_ACTION_NOT_OVERRIDDEN };
  }
  let widget;
  try {
    widget = syncAction(structuredClone(action), sender && (structuredClone(sender) as WidgetItem));
  } catch (error) {
    return { kind: 'error', status: 500, message: error instanceof Error ? error.message : String(error) };
  }
  if (widget === null || sender === null) return json({});
  const updated: WidgetItem = { ...(sender as WidgetItem), widget };
  options.threads.saveItem(threadId, updated);
  return json({ updated_item: updated });
}

async function* noEvents(): AsyncGenerator<ThreadStreamEvent> {}

async function* oneEvent(event: ThreadStreamEvent): AsyncGenerator<ThreadStreamEvent> {
  yield event;
}

async function* createThreadAndRespond(
  options: ThreadResponderOptions,
  input: UserMessageInput,
  attachments: Attachment[],
  fail: boolean,
): AsyncGenerator<ThreadStreamEvent> {
  const thread = options.threads.create(options.ids.thread(), options.clock.isoNow());
  yield { type: 'thread.created', thread };
  yield* addUserMessageAndRespond(options, thread.id, input, attachments, fail);
}

async function* createThreadAndFail(options: ThreadResponderOptions, failure: ChatKitOutcome): AsyncGenerator<ThreadStreamEvent> {
  yield { type: 'thread.created', thread: options.threads.create(options.ids.thread(), options.clock.isoNow()) };
  throw new Error(failure.kind === 'error' ? failure.message : 'threads.create failed');
}

async function* addUserMessageAndRespond(
  options: ThreadResponderOptions,
  threadId: string,
  input: UserMessageInput,
  attachments: Attachment[],
  fail: boolean,
): AsyncGenerator<ThreadStreamEvent> {
  const ownAttachments =
    options.backend === 'chatkit-python' ? attachments.map((attachment) => ({ ...attachment, thread_id: threadId })) : attachments;
  if (options.backend === 'chatkit-python') {
    for (const attachment of ownAttachments) options.attachments.save(attachment);
  }
  const userMessage: UserMessageItem = {
    id: options.ids.item(),
    thread_id: threadId,
    created_at: options.clock.isoNow(),
    type: 'user_message',
    content: input.content,
    attachments: ownAttachments,
    ...(input.quoted_text !== undefined ? { quoted_text: input.quoted_text } : {}),
    inference_options: input.inference_options,
  };
  options.threads.addItem(threadId, userMessage);
  yield { type: 'thread.item.done', item: userMessage };
  yield* respond(options, threadId, { kind: 'user_message', text: userTextOf(input.content) }, fail);
}

/** `respond()` through chatkit-python's `_process_events`; a user message may give the thread its title. */
async function* respond(
  options: ThreadResponderOptions,
  threadId: string,
  turn: ResponseTurn,
  fail: boolean,
): AsyncGenerator<ThreadStreamEvent> {
  const steps = (): ResponseStep[] => (fail ? [{ type: 'fail' }] : options.script.respond(structuredClone(turn)));
  const completed = yield* streamResponse(options, threadId, steps, null);
  if (!completed || turn.kind !== 'user_message') return;

  const thread = options.threads.getMetadata(threadId);
  if (options.titleThreads && thread && thread.title === null) {
    options.threads.setTitle(threadId, titleFor(turn.text));
    yield { type: 'thread.updated', thread: { ...thread, title: titleFor(turn.text) } };
  }
}

/** `stream_options`, then each step's events. Returns false when the response ended in an error. */
async function* streamResponse(
  options: ThreadResponderOptions,
  threadId: string,
  planSteps: () => ActionStep[],
  sender: ThreadItem | null,
): AsyncGenerator<ThreadStreamEvent, boolean> {
  yield { type: 'stream_options', stream_options: { allow_cancel: true } };
  let steps: ActionStep[];
  try {
    steps = planSteps();
  } catch {
    steps = [{ type: 'fail' }];
  }
  for (const step of steps) {
    switch (step.type) {
      case 'fail':
        // What chatkit-python sends when `respond()` raises.
        yield { type: 'error', code: 'stream.error', allow_retry: true };
        return false;
      case 'custom_error':
        yield { type: 'error', code: 'custom', message: step.message, allow_retry: step.allow_retry ?? false };
        return false;
      default:
        yield* stepEvents(options, threadId, step, sender);
    }
  }
  return true;
}

async function* stepEvents(
  options: ThreadResponderOptions,
  threadId: string,
  step: Exclude<ActionStep, { type: 'fail' | 'custom_error' }>,
  sender: ThreadItem | null,
): AsyncGenerator<ThreadStreamEvent> {
  const { threads, ids, clock } = options;
  switch (step.type) {
    case 'text':
      yield* streamText(options, threadId, step.text);
      return;
    case 'widget': {
      const item: WidgetItem = {
        id: ids.item(),
        thread_id: threadId,
        created_at: clock.isoNow(),
        type: 'widget',
        widget: structuredClone(step.widget),
        ...(step.copy_text !== undefined ? { copy_text: step.copy_text } : {}),
      };
      threads.addItem(threadId, item);
      yield { type: 'thread.item.done', item };
      return;
    }
    case 'client_tool_call': {
      const item: ClientToolCallItem = {
        id: ids.toolCall(),
        thread_id: threadId,
        created_at: clock.isoNow(),
        type: 'client_tool_call',
        status: 'pending',
        call_id: ids.toolCall(),
        name: step.name,
        arguments: structuredClone(step.arguments),
      };
      threads.addItem(threadId, item);
      yield { type: 'thread.item.done', item };
      return;
    }
    case 'replace_widget': {
      if (sender?.type !== 'widget') return;
      const item: WidgetItem = { ...sender, widget: structuredClone(step.widget) };
      threads.saveItem(threadId, item);
      yield { type: 'thread.item.replaced', item };
      return;
    }
    case 'progress_update':
      yield { type: 'progress_update', ...(step.icon !== undefined ? { icon: step.icon } : {}), text: step.text };
      return;
    case 'notice':
      yield { type: 'notice', level: step.level, message: step.message, ...(step.title !== undefined ? { title: step.title } : {}) };
      return;
    case 'client_effect':
      yield { type: 'client_effect', name: step.name, data: structuredClone(step.data ?? {}) };
      return;
  }
}

async function* streamText(options: ThreadResponderOptions, threadId: string, text: string): AsyncGenerator<ThreadStreamEvent> {
  const announceParts = options.backend === 'chatkit-python';
  const assistant: AssistantMessageItem = {
    id: options.ids.item(),
    thread_id: threadId,
    created_at: options.clock.isoNow(),
    type: 'assistant_message',
    content: [],
  };
  yield { type: 'thread.item.added', item: assistant };
  if (announceParts) {
    yield {
      type: 'thread.item.updated',
      item_id: assistant.id,
      update: { type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '', annotations: [] } },
    };
  }
  for (const delta of splitIntoDeltas(text)) {
    await sleep(options.streamChunkDelayMs);
    yield {
      type: 'thread.item.updated',
      item_id: assistant.id,
      update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta },
    };
  }
  const content = { type: 'output_text' as const, text, annotations: [] };
  if (announceParts) {
    yield {
      type: 'thread.item.updated',
      item_id: assistant.id,
      update: { type: 'assistant_message.content_part.done', content_index: 0, content },
    };
  }
  const done: AssistantMessageItem = { ...assistant, content: [content] };
  options.threads.addItem(threadId, done);
  yield { type: 'thread.item.done', item: done };
}
