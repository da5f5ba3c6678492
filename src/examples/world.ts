import { http, type RequestHandler } from 'msw';
import { createChatKitServer, createMockOpenAI, type MockClock } from '../mock-openai';
import { SandboxCookies, type CookiePersistence } from './cookies';
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
 * The mocks one variant runs against, fresh for each run. `allowedDomains` plays the reader's domain
 * allowlist: the sandbox passes the site's own host, wherever the site is deployed. `cookies` keeps the
 * routes' cookies across reloads of the sandbox.
 */
export function mockWorld(
  world: World,
  { origin, allowedDomains, cookies }: { origin: string; allowedDomains: string[]; cookies?: CookiePersistence },
): MockedWorld {
  const openai = createMockOpenAI({ allowedDomains, ...world.openai });
  const server = world.chatkitServer && createChatKitServer({ clock: openai.clock, ...world.chatkitServer });
  const jar = new SandboxCookies(openai.clock, origin, cookies);
  return {
    handlers: [...routeHandlers(world.routes ?? {}, origin, jar), ...(server?.handlers ?? []), ...openai.handlers],
    clock: openai.clock,
    sessionsMinted: () => openai.sessions.length,
  };
}
