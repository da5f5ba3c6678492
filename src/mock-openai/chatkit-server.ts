import { http, type HttpHandler } from 'msw';
import type { Attachment, ChatKitRequest } from '../chatkit-protocol/index';
import { AttachmentStore } from './attachment-store';
import { parseChatKitRequest } from './chatkit-request';
import { respondToThreadRequest, type ThreadResponderOptions } from './chatkit-responder';
import { MockClock } from './clock';
import { FailureSwitch } from './failure-switch';
import { jsonResponse, readJsonBody } from './http-utils';
import { chatKitPythonIds } from './ids';
import { defaultReply } from './reply';
import { eventStreamResponse, toWireJson } from './sse';
import { ThreadStore } from './thread-store';
import { attachmentFromFile, attachmentKind, readUploadedFile } from './uploads';

export interface ChatKitServerConfig {
  /** The endpoint a page's `api.url` points at, e.g. `/chatkit`. */
  url: string;
  reply?: (userText: string) => string;
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
  /** Makes the next streamed response fail with a `stream.error` event. */
  failNextResponse(): void;
}

/** A 1×1 transparent GIF: an image attachment's preview until its bytes arrive. [G] */
const PLACEHOLDER_PREVIEW_URL = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

/**
 * A reader's own ChatKit server (chatkit-python protocol) at `config.url`, with two-phase uploads
 * under `<url>/attachments/<id>/upload` and, if configured, direct uploads at `config.uploadUrl`.
 * Errors are FastAPI-style `{"detail": …}` bodies [G], as chatkit-python's docs example raises
 * `HTTPException(status_code=401, detail="Unauthorized")`.
 */
export function createChatKitServer(config: ChatKitServerConfig): ChatKitServer {
  const baseUrl = config.url.replace(/\/+$/, '');
  const threads = new ThreadStore();
  const attachments = new AttachmentStore();
  const failures = new FailureSwitch(config.replyError ?? false);
  const responder: ThreadResponderOptions = {
    threads,
    attachments,
    ids: chatKitPythonIds,
    clock: config.clock ?? new MockClock(),
    reply: config.reply ?? defaultReply,
    streamChunkDelayMs: config.streamChunkDelayMs ?? 0,
    titleThreads: true,
    shouldFail: () => failures.take(),
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
            return eventStreamResponse(outcome.events, new Headers());
          case 'json':
            return wireJson(outcome.body);
          case 'error':
            return detail(outcome.status, outcome.message);
        }
      }
    }
  };

  const protocolHandler = http.post(config.url, async ({ request }) => {
    const required = config.requireHeader;
    if (required && request.headers.get(required.name) !== required.value) return detail(401, 'Unauthorized');
    const body = await readJsonBody(request);
    if (!body.ok) return detail(400, 'Request body is not valid JSON.');
    const parsed = parseChatKitRequest(body.value);
    return parsed.ok ? answerRequest(parsed.request) : detail(400, parsed.message);
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

  return { handlers, failNextResponse: () => failures.failNext() };
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
