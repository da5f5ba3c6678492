import { getResponse, http, type RequestHandler } from 'msw';
import { createChatKitServer, createMockOpenAI, OPENAI_CHATKIT_BASE_URL, type MockClock } from '../mock-openai';
import { SandboxCookies, type CookiePersistence } from './cookies';
import { fetchAcrossOrigins } from './cors-gate';
import type { RouteHandler, World } from './scenario';

export interface MockedWorld {
  /** Every MSW handler of the world: the reader's routes first, then the ChatKit server, then OpenAI. */
  handlers: RequestHandler[];
  clock: MockClock;
  /** How many sessions the mock OpenAI API has created. */
  sessionsMinted(): number;
}

/**
 * Mounts the reader's backend routes ("POST /api/chatkit/session") at those URLs, paths relative to
 * `origin`; each gets the cookies the browser would send and keeps the ones it sets.
 */
function routeHandlers(routes: Record<string, RouteHandler>, origin: string, cookies: SandboxCookies): RequestHandler[] {
  return Object.entries(routes).map(([key, route]) => {
    const [method, target] = key.split(' ') as [string, string];
    return http.all(new URL(target, origin).href, async ({ request }) => {
      if (request.method !== method) return undefined;
      const response = await route(cookies.withCookies(request));
      cookies.keep(request, response);
      return response;
    });
  });
}

/**
 * The origins of the world's own backends other than the page's: the page's requests to them pass the
 * browser's CORS checks. OpenAI's API (called by the widget from its own frame) and the origins only the
 * reader's server reaches are not among them.
 */
function crossOrigins(world: World, pageOrigin: string): Set<string> {
  const urls = [...Object.keys(world.routes ?? {}).map((key) => key.split(' ')[1]!), ...(world.chatkitServer ? [world.chatkitServer.url] : [])];
  const exempt = new Set([pageOrigin, new URL(OPENAI_CHATKIT_BASE_URL).origin, ...(world.privateOrigins ?? [])]);
  return new Set(urls.map((url) => new URL(url, pageOrigin).origin).filter((origin) => !exempt.has(origin)));
}

/** Answers the page's requests to those origins through the CORS gate, and the rest as they are. */
function behindCorsGate(handlers: RequestHandler[], world: World, pageOrigin: string, onPreflight: PreflightListener | undefined): RequestHandler[] {
  const gated = crossOrigins(world, pageOrigin);
  if (gated.size === 0) return handlers;
  const gate = http.all('*', ({ request }) => {
    if (!gated.has(new URL(request.url).origin)) return undefined;
    return fetchAcrossOrigins(request, { pageOrigin, send: (sent) => getResponse(handlers, sent), ...(onPreflight && { onPreflight }) });
  });
  return [gate, ...handlers];
}

export type PreflightListener = (request: Request, outcome: Response | 'failed') => void;

export interface MockWorldOptions {
  /** The sandbox's origin: relative routes are mounted here. */
  origin: string;
  /** The reader's domain allowlist: the sandbox passes the site's own host, wherever it is deployed. */
  allowedDomains: string[];
  /** Where the routes' cookies survive reloads of the sandbox. */
  cookies?: CookiePersistence;
  /** Told of each CORS preflight, which the network log shows like any request. */
  onPreflight?: PreflightListener;
}

/** The mocks one variant runs against, fresh for each run. */
export function mockWorld(world: World, { origin, allowedDomains, cookies, onPreflight }: MockWorldOptions): MockedWorld {
  const openai = createMockOpenAI({ allowedDomains, ...world.openai });
  const server = world.chatkitServer && createChatKitServer({ clock: openai.clock, ...world.chatkitServer });
  const pageOrigin = world.pageOrigin ?? origin;
  const jar = new SandboxCookies(openai.clock, pageOrigin, cookies);
  const handlers = [...routeHandlers(world.routes ?? {}, origin, jar), ...(server?.handlers ?? []), ...openai.handlers];
  return {
    handlers: behindCorsGate(handlers, world, pageOrigin, onPreflight),
    clock: openai.clock,
    sessionsMinted: () => openai.sessions.length,
  };
}
