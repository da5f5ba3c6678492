import { http, type HttpHandler } from 'msw';
import { streamingRequestTypes, type Attachment, type ChatKitRequest, type FeedbackKind } from '../chatkit-protocol/index';
import { AttachmentStore } from './attachment-store';
import { parseChatKitRequest } from './chatkit-request';
import { respondToThreadRequest, type ThreadResponderOptions } from './chatkit-responder';
import { MockClock } from './clock';
import { FailureSwitch } from './failure-switch';
import { jsonResponse, readJsonBody } from './http-utils';
import { chatKitPythonIds } from './ids';
import { defaultReply } from './reply';
import { replyScript, type ChatKitScript } from './response-script';
import { eventStreamBody, toWireJson } from './sse';
import { ThreadStore } from './thread-store';
import { attachmentFromFile, attachmentKind, readUploadedFile } from './uploads';

export interface ChatKitServerConfig {
  /** The endpoint a page's `api.url` points at, e.g. `/chatkit`. */
  url: string;
  /** The assistant's text for a user message; ignored when `script` is set. */
  reply?: (userText: string) => string;
  /** What `respond()`, `action()` and `sync_action()` do; e.g. `triggerWordScript`. */
  script?: ChatKitScript;
  streamChunkDelayMs?: number;
  /** Where `uploadStrategy: {type: 'direct', uploadUrl}` sends files; no direct uploads when unset. */
  uploadUrl?: string;
  /** Answer 401 unless the protocol endpoint gets this header (uploads are not checked [G]). */
  requireHeader?: { name: string; value: string };
  /** Every streamed response ends in a `stream.error` event. */
  replyError?: boolean;
  clock?: MockClock;
}

export interface ChatKitServer {
  readonly handlers: HttpHandler[];
  /** Every `items.feedback` received, in order. */
  readonly feedback: readonly { thread_id: string; item_ids: string[]; kind: FeedbackKind }[];
  /** Makes the next streamed response fail with a `stream.error` event. */
  failNextResponse(): void;
}

/** A 1×1 transparent GIF: an image attachment's preview until its bytes arrive. [G] */
const PLACEHOLDER_PREVIEW_URL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/**
 * A reader's own ChatKit server at `config.url`: chatkit-python's `ChatKitServer.process()` behind
 * Starlette/FastAPI, as its docs wire it, with two-phase uploads under `<url>/attachments/<id>/upload`
 * and, if configured, direct uploads at `config.uploadUrl`. What the library raises becomes what
 * Starlette makes of it [V]: a 500 "Internal Server Error" for a JSON request, and for a streamed one
 * a 200 whose body breaks off, since the stream had started. The reader's own code (the auth check,
 * the upload routes) answers FastAPI-style `{"detail": …}` bodies [G], as chatkit-python's docs
 * example raises `HTTPException(status_code=401, detail="Unauthorized")`.
 */
export function createChatKitServer(config: ChatKitServerConfig): ChatKitServer {
  const baseUrl = config.url.replace(/\/+$/, '');
  const threads = new ThreadStore({ afterOnlyWhenMore: true });
  const attachments = new AttachmentStore();
  const failures = new FailureSwitch(config.replyError ?? false);
  const feedback: ChatKitServer['feedback'][number][] = [];
  const responder: ThreadResponderOptions = {
    threads,
    attachments,
    ids: chatKitPythonIds,
    clock: config.clock ?? new MockClock(),
    script: config.script ?? replyScript(config.reply ?? defaultReply),
    streamChunkDelayMs: config.streamChunkDelayMs ?? 0,
    backend: 'chatkit-python',
    titleThreads: true,
    shouldFail: () => failures.take(),
    onFeedback: (entry) => feedback.push(entry),
  };

  const answerRequest = (request: ChatKitRequest): Response => {
    switch (request.type) {
      case 'attachments.create': {
        const attachment = pendingAttachment(request.params, `${baseUrl}/attachments`);
        attachments.save(attachment);
        return wireJson(attachment);
      }
      case 'attachments.delete':
        attachments.delete(request.params.attachment_id);
        return wireJson({});
      default: {
        const outcome = respondToThreadRequest(request, responder);
        switch (outcome.kind) {
          case 'stream':
            return new Response(eventStreamBody(outcome.events), { status: 200, headers: { 'content-type': EVENT_STREAM } });
          case 'json':
            return wireJson(outcome.body);
          case 'error':
            return isStreamingType(request.type) ? brokenEventStream() : internalServerError();
        }
      }
    }
  };

  const protocolHandler = http.post(config.url, async ({ request }) => {
    const required = config.requireHeader;
    if (required && request.headers.get(required.name) !== required.value) return detail(401, 'Unauthorized');
    // pydantic rejects the body before anything streams.
    const body = await readJsonBody(request);
    if (!body.ok) return internalServerError();
    const parsed = parseChatKitRequest(body.value);
    return parsed.ok ? answerRequest(parsed.request) : internalServerError();
  });

  const twoPhaseUploadHandler = http.post(`${baseUrl}/attachments/:attachmentId/upload`, async ({ request, params }) => {
    const id = String(params['attachmentId']);
    const pending = attachments.get(id);
    if (!pending) return detail(404, `Attachment with id '${id}' not found.`);
    const file = await readUploadedFile(request);
    if (!file) return detail(400, "Expected multipart/form-data with a 'file' field.");
    const { upload_descriptor: _uploadDescriptor, ...uploaded } = await attachmentFromFile(id, file, pending.mime_type);
    const stored: Attachment = { ...uploaded, name: pending.name };
    attachments.save(stored);
    return wireJson(stored);
  });

  const handlers = [protocolHandler, twoPhaseUploadHandler];
  if (config.uploadUrl !== undefined) {
    handlers.push(
      http.post(config.uploadUrl, async ({ request }) => {
        const file = await readUploadedFile(request);
        if (!file) return detail(400, "Expected multipart/form-data with a 'file' field.");
        const attachment = await attachmentFromFile(chatKitPythonIds.attachment(), file);
        attachments.save(attachment);
        return wireJson(attachment);
      }),
    );
  }

  return { handlers, feedback, failNextResponse: () => failures.failNext() };
}

/** Starlette's `StreamingResponse(media_type="text/event-stream")` adds the charset [V]. */
const EVENT_STREAM = 'text/event-stream; charset=utf-8';

function isStreamingType(type: ChatKitRequest['type']): boolean {
  return (streamingRequestTypes as readonly string[]).includes(type);
}

/** Starlette's answer to an unhandled exception [V]. */
function internalServerError(): Response {
  return new Response('Internal Server Error', { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * A stream whose generator raised before its first event: the status and headers are out, then the
 * connection closes mid-body [V]. (Through msw/node, which sends headers with the first bytes, the
 * fetch itself fails instead.)
 */
function brokenEventStream(): Response {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': EVENT_STREAM } });
}

function pendingAttachment(
  params: { name: string; mime_type: string },
  attachmentsUrl: string,
): Attachment {
  const id = chatKitPythonIds.attachment();
  const upload_descriptor = { url: `${attachmentsUrl}/${id}/upload`, method: 'POST' as const, headers: {} };
  const base = { id, name: params.name, mime_type: params.mime_type, upload_descriptor };
  return attachmentKind(params.mime_type) === 'image'
    ? { ...base, type: 'image', preview_url: PLACEHOLDER_PREVIEW_URL }
    : { ...base, type: 'file' };
}

function wireJson(body: unknown): Response {
  return new Response(toWireJson(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function detail(status: number, message: string): Response {
  return jsonResponse({ detail: message }, status);
}
