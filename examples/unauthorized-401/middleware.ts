import { getSignedInUser } from './auth';

type Route = (request: Request) => Promise<Response>;

// Your app's auth middleware: signed-out visitors go to the sign-in page.
// Broken: it does the same to API routes. fetch() follows the redirect, so
// the client receives the sign-in page's HTML, with HTTP 200.
export function withSignIn(route: Route): Route {
  return async (request) => {
    if (await getSignedInUser(request)) return route(request);
    return Response.redirect(new URL('/login', request.url), 302);
  };
}
