import { http, type RequestHandler } from 'msw';
import type { RouteHandler } from '../scenario';

/** Mounts the reader's backend routes ("POST /api/chatkit/session") at those paths of this site. */
export function routeHandlers(routes: Record<string, RouteHandler>): RequestHandler[] {
  return Object.entries(routes).map(([key, route]) => {
    const [method, path] = key.split(' ') as [string, string];
    const url = new URL(path, location.origin).href;
    return http.all(url, async ({ request }) => (request.method === method ? route(request) : undefined));
  });
}
