import { http, type RequestHandler } from 'msw';
import { createChatKitServer, createMockOpenAI, type MockClock } from '../mock-openai';
import type { RouteHandler, World } from './scenario';

export interface MockedWorld {
  /** Every MSW handler of the world: the reader's routes first, then the ChatKit server, then OpenAI. */
  handlers: RequestHandler[];
  clock: MockClock;
  /** How many sessions the mock OpenAI API has created. */
  sessionsMinted(): number;
}

/** Mounts the reader's backend routes ("POST /api/chatkit/session") at those URLs, paths relative to `origin`. */
function routeHandlers(routes: Record<string, RouteHandler>, origin: string): RequestHandler[] {
  return Object.entries(routes).map(([key, route]) => {
    const [method, target] = key.split(' ') as [string, string];
    return http.all(new URL(target, origin).href, async ({ request }) => (request.method === method ? route(request) : undefined));
  });
}

/**
 * The mocks one variant runs against, fresh for each run. `allowedDomains` plays the reader's domain
 * allowlist: the sandbox passes the site's own host, wherever the site is deployed.
 */
export function mockWorld(world: World, { origin, allowedDomains }: { origin: string; allowedDomains: string[] }): MockedWorld {
  const openai = createMockOpenAI({ allowedDomains, ...world.openai });
  const server = world.chatkitServer && createChatKitServer({ clock: openai.clock, ...world.chatkitServer });
  return {
    handlers: [...routeHandlers(world.routes ?? {}, origin), ...(server?.handlers ?? []), ...openai.handlers],
    clock: openai.clock,
    sessionsMinted: () => openai.sessions.length,
  };
}
