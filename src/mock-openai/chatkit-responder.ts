import type {
  AssistantMessageItem,
  Attachment,
  ChatKitRequest,
  ThreadStreamEvent,
  UserMessageInput,
  UserMessageItem,
} from '../chatkit-protocol/index';
import type { AttachmentStore } from './attachment-store';
import { userTextOf } from './chatkit-request';
import type { MockClock } from './clock';
import { sleep } from './http-utils';
import type { IdScheme } from './ids';
import { splitIntoDeltas, titleFor, type ReplyFn } from './reply';
import type { ThreadStore } from './thread-store';

/**
 * Answers the thread requests of the ChatKit protocol for one owner's threads. Both the hosted
 * `/v1/chatkit/conversation` endpoint and the custom-server factory use it; each wraps the
 * outcome in its own HTTP answer. Event order follows chatkit-python `ChatKitServer`.
 */
export interface ThreadResponderOptions {
  threads: ThreadStore;
  attachments: AttachmentStore;
  ids: IdScheme;
  clock: MockClock;
  reply: ReplyFn;
  streamChunkDelayMs: number;
  /** Set a title from the first message and announce it with `thread.updated`. */
  titleThreads: boolean;
  /** Consulted once per streamed request: true makes it end in a `stream.error` event. */
  shouldFail: () => boolean;
}

export type ThreadRequest = Extract<
  ChatKitRequest,
  { type: 'threads.create' | 'threads.add_user_message' | 'threads.retry_after_item' | 'threads.list' | 'threads.get_by_id' }
>;

export type ChatKitOutcome =
  | { kind: 'stream'; events: AsyncIterable<ThreadStreamEvent> }
  | { kind: 'json'; body: unknown }
  | { kind: 'error'; status: 404 | 500; message: string };

export function respondToThreadRequest(request: ThreadRequest, options: ThreadResponderOptions): ChatKitOutcome {
  switch (request.type) {
    case 'threads.list':
      return { kind: 'json', body: options.threads.list(request.params) };
    case 'threads.get_by_id': {
      const thread = options.threads.get(request.params.thread_id);
      return thread ? { kind: 'json', body: thread } : threadNotFound(request.params.thread_id);
    }
    case 'threads.create': {
      const attachments = resolveAttachments(request.params.input, options.attachments);
      if (!Array.isArray(attachments)) return attachments;
      const fail = options.shouldFail();
      return { kind: 'stream', events: createThreadAndRespond(options, request.params.input, attachments, fail) };
    }
    case 'threads.add_user_message': {
      const { thread_id: threadId, input } = request.params;
      if (!options.threads.has(threadId)) return threadNotFound(threadId);
      const attachments = resolveAttachments(input, options.attachments);
      if (!Array.isArray(attachments)) return attachments;
      const fail = options.shouldFail();
      return { kind: 'stream', events: addUserMessageAndRespond(options, threadId, input, attachments, fail) };
    }
    case 'threads.retry_after_item': {
      const { thread_id: threadId, item_id: itemId } = request.params;
      if (!options.threads.has(threadId)) return threadNotFound(threadId);
      const item = options.threads.findItem(threadId, itemId);
      if (item?.type !== 'user_message') {
        return { kind: 'error', status: 404, message: `User message with id '${itemId}' not found.` };
      }
      options.threads.removeItemsAfter(threadId, itemId);
      const fail = options.shouldFail();
      return { kind: 'stream', events: respond(options, threadId, userTextOf(item.content), fail) };
    }
  }
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

async function* addUserMessageAndRespond(
  options: ThreadResponderOptions,
  threadId: string,
  input: UserMessageInput,
  attachments: Attachment[],
  fail: boolean,
): AsyncGenerator<ThreadStreamEvent> {
  const userMessage: UserMessageItem = {
    id: options.ids.item(),
    thread_id: threadId,
    created_at: options.clock.isoNow(),
    type: 'user_message',
    content: input.content,
    attachments,
    inference_options: input.inference_options,
  };
  options.threads.addItem(threadId, userMessage);
  yield { type: 'thread.item.done', item: userMessage };
  yield* respond(options, threadId, userTextOf(input.content), fail);
}

async function* respond(
  options: ThreadResponderOptions,
  threadId: string,
  userText: string,
  fail: boolean,
): AsyncGenerator<ThreadStreamEvent> {
  yield { type: 'stream_options', stream_options: { allow_cancel: true } };
  const text = fail ? undefined : replyOrUndefined(options.reply, userText);
  if (text === undefined) {
    // What chatkit-python sends when `respond()` raises.
    yield { type: 'error', code: 'stream.error', allow_retry: true };
    return;
  }

  const assistant: AssistantMessageItem = {
    id: options.ids.item(),
    thread_id: threadId,
    created_at: options.clock.isoNow(),
    type: 'assistant_message',
    content: [],
  };
  yield { type: 'thread.item.added', item: assistant };
  for (const delta of splitIntoDeltas(text)) {
    await sleep(options.streamChunkDelayMs);
    yield {
      type: 'thread.item.updated',
      item_id: assistant.id,
      update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta },
    };
  }
  const done: AssistantMessageItem = { ...assistant, content: [{ type: 'output_text', text, annotations: [] }] };
  options.threads.addItem(threadId, done);
  yield { type: 'thread.item.done', item: done };

  const thread = options.threads.getMetadata(threadId);
  if (options.titleThreads && thread && thread.title === null) {
    options.threads.setTitle(threadId, titleFor(userText));
    yield { type: 'thread.updated', thread: { ...thread, title: titleFor(userText) } };
  }
}

function replyOrUndefined(reply: ReplyFn, userText: string): string | undefined {
  try {
    return reply(userText);
  } catch {
    return undefined;
  }
}
