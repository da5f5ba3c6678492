import { http, type HttpHandler } from 'msw';
import type { ChatSession } from '../chatkit-protocol/index';
import { MockClock } from './clock';
import { conversationEndpoint } from './conversation-endpoint';
import { verifyDomainKeyEndpoint, verifyHostedDomainEndpoint } from './domain-key-endpoints';
import { FailureSwitch } from './failure-switch';
import { filesEndpoint } from './files-endpoint';
import { UserSpaces, type Endpoint, type HostedState } from './hosted-state';
import { sleep } from './http-utils';
import { defaultReply } from './reply';
import { replyScript, type ChatKitScript } from './response-script';
import { RequestLog, type MockRequestLogEntry } from './request-log';
import { cancelSessionEndpoint, createSessionEndpoint } from './sessions-endpoints';
import { SessionStore } from './session-store';

export const OPENAI_CHATKIT_BASE_URL = 'https://api.openai.com/v1/chatkit';
export const DEFAULT_API_KEY = 'sk-test-valid-key';
export const DEFAULT_WORKFLOW_ID = 'wf_demo_support';

export type LatencyGroup = 'sessions' | 'conversation' | 'files' | 'domainKeys';

export interface MockOpenAIConfig {
  /** Valid secret keys; default `[DEFAULT_API_KEY]`. */
  apiKeys?: string[];
  /** Known workflow ids; default `[DEFAULT_WORKFLOW_ID]`. */
  workflows?: string[];
  /** Real-time delay before each answer, per endpoint group; default 0. */
  latencyMs?: Partial<Record<LatencyGroup, number>>;
  /** Hostnames on the domain allowlist; localhost and 127.0.0.1 are always allowed. */
  allowedDomains?: string[];
  /**
   * The organization's domain keys, each with the hostname it was created for. When given, a
   * custom-server widget outside localhost must present its host's key; otherwise any key passes.
   */
  domainKeys?: Record<string, string>;
  /** The assistant's reply text; by default a fixed sentence that says it is simulated. Ignored when `script` is set. */
  reply?: (userText: string) => string;
  /** What the workflow answers, step by step (widgets, client tool calls, notices…); e.g. `triggerWordScript`. */
  script?: ChatKitScript;
  /** Real-time delay before each streamed text delta; default 0. */
  streamChunkDelayMs?: number;
  /** Every streamed response ends in `{"type":"error","code":"stream.error","allow_retry":true}`. */
  replyError?: boolean;
  clock?: MockClock;
}

export interface MockOpenAI {
  /** MSW handlers for `https://api.openai.com/v1/chatkit/*`. */
  readonly handlers: HttpHandler[];
  readonly clock: MockClock;
  /** Copies of every session created so far, with their current status. */
  readonly sessions: readonly ChatSession[];
  readonly requestLog: readonly MockRequestLogEntry[];
  /** Makes the next streamed response fail with a `stream.error` event. */
  failNextResponse(): void;
}

export function createMockOpenAI(config: MockOpenAIConfig = {}): MockOpenAI {
  const clock = config.clock ?? new MockClock();
  const sessions = new SessionStore(clock);
  const failures = new FailureSwitch(config.replyError ?? false);
  const log = new RequestLog(clock);
  const state: HostedState = {
    apiKeys: config.apiKeys ?? [DEFAULT_API_KEY],
    workflows: config.workflows ?? [DEFAULT_WORKFLOW_ID],
    allowedDomains: config.allowedDomains ?? [],
    ...(config.domainKeys && { domainKeys: config.domainKeys }),
    script: config.script ?? replyScript(config.reply ?? defaultReply),
    streamChunkDelayMs: config.streamChunkDelayMs ?? 0,
    clock,
    sessions,
    spaces: new UserSpaces(),
    failures,
  };
  const latency = (group: LatencyGroup, endpoint: Endpoint): Endpoint => {
    const ms = config.latencyMs?.[group] ?? 0;
    return async (request, params) => {
      await sleep(ms);
      return endpoint(request, params);
    };
  };
  const post = (path: string, endpoint: Endpoint): HttpHandler =>
    http.post(`${OPENAI_CHATKIT_BASE_URL}${path}`, ({ request, params }) => endpoint(request, params));

  const handlers = [
    post('/sessions', log.record('sessions.create', latency('sessions', createSessionEndpoint(state)))),
    post('/sessions/:sessionId/cancel', log.record('sessions.cancel', latency('sessions', cancelSessionEndpoint(state)))),
    post('/conversation', readByWidgetFrame(log.record('conversation', latency('conversation', conversationEndpoint(state))))),
    post('/files', readByWidgetFrame(log.record('files', latency('files', filesEndpoint(state))))),
    post('/domain_keys/verify', readByWidgetFrame(log.record('domain_keys.verify', latency('domainKeys', verifyDomainKeyEndpoint(state))))),
    post(
      '/domain_keys/verify_hosted',
      readByWidgetFrame(log.record('domain_keys.verify_hosted', latency('domainKeys', verifyHostedDomainEndpoint(state)))),
    ),
    http.options(`${OPENAI_CHATKIT_BASE_URL}/*`, ({ request }) => preflightResponse(request)),
  ];

  return {
    handlers,
    clock,
    get sessions() {
      return sessions.list();
    },
    get requestLog() {
      return log.entries;
    },
    failNextResponse: () => failures.failNext(),
  };
}

/** Where the real widget's frame comes from, and so the origin of its requests to these endpoints [I] chatkit-js#22. */
const WIDGET_FRAME_ORIGIN = 'https://cdn.platform.openai.com';

/**
 * The browser's CORS check on what the widget's frame reads from the endpoints only the widget calls.
 * In the sandbox the simulator calls them from the page and a service worker answers, which the browser
 * never checks, so an answer without `Access-Control-Allow-Origin` is refused here as Chromium refuses
 * it: the CORS line users report (chatkit-js#22, starter-app#7) and Chromium's line for the failed
 * request, then a network error.
 */
function readByWidgetFrame(endpoint: Endpoint): Endpoint {
  return async (request, params) => {
    const response = await endpoint(request, params);
    if (response.headers.has('access-control-allow-origin')) return response;
    console.error(
      `Access to fetch at '${request.url}' from origin '${WIDGET_FRAME_ORIGIN}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
    console.error(`${request.method} ${request.url} net::ERR_FAILED ${response.status}`);
    return Response.error();
  };
}

/** A CORS preflight answer that allows any origin and the headers asked for. [G] */
function preflightResponse(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': request.headers.get('access-control-request-headers') ?? '',
      'access-control-max-age': '600',
    },
  });
}
