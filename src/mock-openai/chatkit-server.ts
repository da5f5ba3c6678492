import { http, type HttpHandler, type PathParams } from 'msw';
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
  /**
   * false: the `ChatKitServer` was created without an `attachment_store`, so attachments.create and
   * attachments.delete raise chatkit-python's RuntimeError, which Starlette answers with a 500 [V].
   * The server's log line is written to the console, marked as the server's.
   */
  attachmentStore?: boolean;
  /**
   * The app wrapped in Starlette's `CORSMiddleware` with these keyword arguments, answering as
   * Starlette 1.10 does [V]. Without it, the app has no CORS middleware and answers a preflight as
   * Starlette answers any OPTIONS request to a POST-only route: 405.
   */
  cors?: StarletteCorsOptions;
  clock?: MockClock;
}

/** The keyword arguments of Starlette's `CORSMiddleware` the mock supports, with its names and defaults. */
export interface StarletteCorsOptions {
  /** Exact origins, or `'*'` for any; default none. */
  allow_origins?: string[];
  /** Default `['GET']`; `'*'` for every method. */
  allow_methods?: string[];
  /** The request headers a preflight may ask for besides the safelisted four; `'*'` for any. Default none. */
  allow_headers?: string[];
  /** Default false. */
  allow_credentials?: boolean;
  /** Default false. */
  allow_private_network?: boolean;
  /** Default none. */
  expose_headers?: string[];
  /** Seconds; default 600. */
  max_age?: number;
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
    if ((request.type === 'attachments.create' || request.type === 'attachments.delete') && config.attachmentStore === false) {
      console.error(`[ChatKit server log] RuntimeError: ${MISSING_ATTACHMENT_STORE}`);
      return internalServerError();
    }
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

  const app = starletteApp(config.cors);
  /** A POST-only Starlette route: the resolver's answer through the middleware, and OPTIONS answered as Starlette does. */
  const route = (path: string, resolver: (info: { request: Request; params: PathParams }) => Promise<Response>): HttpHandler =>
    http.all(path, async (info) => {
      if (info.request.method === 'OPTIONS') return app.options(info.request);
      return info.request.method === 'POST' ? app.send(info.request, await resolver(info)) : undefined;
    });

  const protocolHandler = route(config.url, async ({ request }) => {
    const required = config.requireHeader;
    if (required && request.headers.get(required.name) !== required.value) return detail(401, 'Unauthorized');
    // pydantic rejects the body before anything streams.
    const body = await readJsonBody(request);
    if (!body.ok) return internalServerError();
    const parsed = parseChatKitRequest(body.value);
    return parsed.ok ? answerRequest(parsed.request) : internalServerError();
  });

  const twoPhaseUploadHandler = route(`${baseUrl}/attachments/:attachmentId/upload`, async ({ request, params }) => {
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
      route(config.uploadUrl, async ({ request }) => {
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

/** What `ChatKitServer._get_attachment_store()` raises when it has none, word for word [V]. */
export const MISSING_ATTACHMENT_STORE =
  'AttachmentStore is not configured. Provide a AttachmentStore to ChatKitServer to handle file operations.';

/** Starlette's `StreamingResponse(media_type="text/event-stream")` adds the charset [V]. */
const EVENT_STREAM = 'text/event-stream; charset=utf-8';

function isStreamingType(type: ChatKitRequest['type']): boolean {
  return (streamingRequestTypes as readonly string[]).includes(type);
}

/**
 * Answers made by Starlette's outermost `ServerErrorMiddleware` for an exception nothing handled: they
 * leave the app outside every user middleware, so `CORSMiddleware` adds no headers to them [V].
 */
const raisedPastMiddleware = new WeakSet<Response>();

/** Starlette's answer to an unhandled exception [V]. */
function internalServerError(): Response {
  const response = plainText('Internal Server Error', 500);
  raisedPastMiddleware.add(response);
  return response;
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

/** Starlette's `PlainTextResponse`. */
function plainText(text: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
}

/** What a Starlette app answers the page's requests to its POST-only routes, with or without `CORSMiddleware`. */
interface StarletteApp {
  /** The route's answer as the client gets it: with the middleware's headers, if there is one. */
  send(request: Request, response: Response): Response;
  /** An OPTIONS request: the middleware's answer to a preflight, or the route's 405. */
  options(request: Request): Response;
}

const ALL_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT', 'QUERY'];
const SAFELISTED_HEADERS = ['Accept', 'Accept-Language', 'Content-Language', 'Content-Type'];
const PREFLIGHT_VARY = 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers, Access-Control-Request-Private-Network';

/**
 * starlette/middleware/cors.py (Starlette 1.10) line by line, apart from `allow_origin_regex`: a preflight
 * (OPTIONS with `Origin` and `Access-Control-Request-Method`) never reaches the app and is answered 200
 * "OK" or 400 "Disallowed CORS origin, method, headers"; every other response gets the CORS headers and
 * `Vary: Origin`. A route with `methods=["POST"]` answers any other method 405 "Method Not Allowed".
 */
function starletteApp(options: StarletteCorsOptions | undefined): StarletteApp {
  const methodNotAllowed = () => plainText('Method Not Allowed', 405, { allow: 'POST' });
  if (!options) return { send: (_request, response) => response, options: () => methodNotAllowed() };

  const allowOrigins = options.allow_origins ?? [];
  const allowMethods = (options.allow_methods ?? ['GET']).includes('*') ? ALL_METHODS : (options.allow_methods ?? ['GET']);
  const allowAllOrigins = allowOrigins.includes('*');
  const allowAllHeaders = (options.allow_headers ?? []).includes('*');
  const allowCredentials = options.allow_credentials ?? false;
  const explicitOriginInPreflight = !allowAllOrigins || allowCredentials;
  // Python's sorted(set): code-point order, duplicates that differ in case kept.
  const allowHeaders = [...new Set([...SAFELISTED_HEADERS, ...(options.allow_headers ?? [])])].sort();
  const allowHeadersLower = allowHeaders.map((name) => name.toLowerCase());

  const simpleHeaders: Record<string, string> = {};
  if (allowAllOrigins) simpleHeaders['Access-Control-Allow-Origin'] = '*';
  if (allowCredentials) simpleHeaders['Access-Control-Allow-Credentials'] = 'true';
  if (options.expose_headers?.length) simpleHeaders['Access-Control-Expose-Headers'] = options.expose_headers.join(', ');

  const preflightHeaders: Record<string, string> = { Vary: PREFLIGHT_VARY };
  if (!explicitOriginInPreflight) preflightHeaders['Access-Control-Allow-Origin'] = '*';
  preflightHeaders['Access-Control-Allow-Methods'] = allowMethods.join(', ');
  preflightHeaders['Access-Control-Max-Age'] = String(options.max_age ?? 600);
  if (!allowAllHeaders) preflightHeaders['Access-Control-Allow-Headers'] = allowHeaders.join(', ');
  if (allowCredentials) preflightHeaders['Access-Control-Allow-Credentials'] = 'true';

  const isAllowedOrigin = (origin: string) => allowAllOrigins || allowOrigins.includes(origin);
  const addVaryOrigin = (headers: Headers) => headers.set('Vary', [...(headers.has('vary') ? [headers.get('vary')!] : []), 'Origin'].join(', '));

  const send = (request: Request, response: Response): Response => {
    if (raisedPastMiddleware.has(response)) return response;
    const headers = new Headers(response.headers);
    const origin = request.headers.get('origin');
    if (origin !== null) for (const [name, value] of Object.entries(simpleHeaders)) headers.set(name, value);
    if (origin !== null && (allowAllOrigins ? allowCredentials : isAllowedOrigin(origin))) {
      headers.set('Access-Control-Allow-Origin', origin);
    }
    addVaryOrigin(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };

  const preflight = (request: Request): Response => {
    const origin = request.headers.get('origin')!;
    const requestedMethod = request.headers.get('access-control-request-method')!;
    const requestedHeaders = request.headers.get('access-control-request-headers');
    const requestedPrivateNetwork = request.headers.get('access-control-request-private-network');
    const headers = { ...preflightHeaders };
    const failures: string[] = [];

    if (isAllowedOrigin(origin)) {
      if (explicitOriginInPreflight) headers['Access-Control-Allow-Origin'] = origin;
    } else {
      failures.push('origin');
    }
    if (!allowMethods.includes(requestedMethod)) failures.push('method');
    if (allowAllHeaders && requestedHeaders !== null) {
      headers['Access-Control-Allow-Headers'] = requestedHeaders;
    } else if (requestedHeaders !== null && requestedHeaders.split(',').some((name) => !allowHeadersLower.includes(name.toLowerCase().trim()))) {
      failures.push('headers');
    }
    if (requestedPrivateNetwork !== null) {
      if (options.allow_private_network) headers['Access-Control-Allow-Private-Network'] = 'true';
      else failures.push('private-network');
    }
    return failures.length > 0 ? plainText(`Disallowed CORS ${failures.join(', ')}`, 400, headers) : plainText('OK', 200, headers);
  };

  return {
    send,
    options: (request) =>
      request.headers.get('origin') !== null && request.headers.has('access-control-request-method') ? preflight(request) : send(request, methodNotAllowed()),
  };
}

function wireJson(body: unknown): Response {
  return new Response(toWireJson(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function detail(status: number, message: string): Response {
  return jsonResponse({ detail: message }, status);
}
