/**
 * An HTML answer where JSON (or an event stream) was expected: a sign-in page an auth layer redirected
 * the request to, an error page, or the app's own page. `res.json()` then throws
 * `Unexpected token '<', "<!DOCTYPE "... is not valid JSON`.
 */
import { finding, type DoctorMode, type Finding } from './finding';

type HtmlKind = 'sign-in' | 'not-found' | 'server-error' | 'challenge' | 'app-page' | 'other';

/** What an HTML page is, from its title, headings and form fields. */
export function htmlKind(html: string): HtmlKind {
  // Bounded repeats: a paste of "<title<title…" must not make the search quadratic.
  const title = /<title[^>]{0,200}>([^<]{0,200})/i.exec(html)?.[1] ?? '';
  const heading = /<h1[^>]{0,200}>([^<]{0,200})/i.exec(html)?.[1] ?? '';
  const named = `${title} ${heading}`;
  if (/just a moment|attention required|access denied|captcha/i.test(named)) return 'challenge';
  if (/type=["']?password|autocomplete=["']?current-password/i.test(html) || /\b(sign[ -]?in|log[ -]?in|authenticat|anmelden|connexion)/i.test(named)) return 'sign-in';
  if (/\b404\b|not found/i.test(named)) return 'not-found';
  if (/\b50[0-9]\b|internal server error|bad gateway|gateway time-?out|service unavailable|application error/i.test(named)) return 'server-error';
  if (/<div id=["'](root|app|__next)["']|\/@vite\/client|src=["']\/src\/main\./i.test(html)) return 'app-page';
  return 'other';
}

function requestName(mode: DoctorMode): string {
  if (mode === 'hosted') return 'your session route (the `fetch` in `getClientSecret`)';
  if (mode === 'custom-server') return 'your ChatKit endpoint (`api.url`)';
  return 'the request (your session route in hosted mode, your `api.url` with a custom server)';
}

/** The findings for an HTML answer: always an error, since no ChatKit answer is HTML. */
export function htmlFindings(html: string, mode: DoctorMode, status: number | null, redirectedFrom: number | null): Finding[] {
  const request = requestName(mode);
  const json = 'The client’s `res.json()` then throws `Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON`.';
  const redirect = redirectedFrom === null ? '' : ` The paste shows the ${redirectedFrom} redirect that led there.`;
  const notFoundPage = mode === 'custom-server' ? '/custom-server-mode/' : '/invalid-client-secret/';
  switch (htmlKind(html)) {
    case 'sign-in':
      return [
        finding(
          'error',
          'HTML, not JSON: a sign-in page',
          `${request} was redirected to your sign-in page: middleware or an auth layer sends signed-out visitors there, API paths included. \`fetch\` follows the redirect, so the answer looks like a 200 (\`res.redirected\` is true). ${json}${redirect} Leave API routes out of the redirect and answer them 401 JSON instead.`,
          '/unauthorized-401/',
        ),
      ];
    case 'not-found':
      return [
        finding(
          'error',
          'HTML, not JSON: a 404 page',
          `${request} asked for a URL nothing answers, and the framework served its 404 page. Compare the path your code fetches with where the route really is (file location, base path, proxy prefix, port). ${json}`,
          notFoundPage,
        ),
      ];
    case 'server-error':
      return [
        finding(
          'error',
          `HTML, not JSON: an error page${status ? ` (${status})` : ''}`,
          `${request} failed on the server, or a proxy in front of it couldn’t reach it (502/504: the server isn’t running or listens elsewhere), and an HTML error page answered. The server’s own log has the cause. ${json}`,
          notFoundPage,
        ),
      ];
    case 'challenge':
      return [
        finding(
          'error',
          'HTML, not JSON: a bot check or access page',
          `A firewall or CDN in front of your server (for example a bot challenge, or a preview deployment’s protection) answered ${request} instead of your code. Exempt the API path from it. ${json}`,
        ),
      ];
    case 'app-page':
      return [
        finding(
          'error',
          'HTML, not JSON: your app’s own page',
          `${request} got the front end’s HTML: a dev server or host that answers unknown paths with \`index.html\` (a single-page-app fallback), so the request never reached a backend. Point it at the server, or add a proxy for the path (Vite’s \`server.proxy\`, Next.js rewrites). ${json}`,
          mode === 'hosted' ? '/invalid-client-secret/' : '/failed-to-fetch-cors/',
        ),
      ];
    case 'other':
      return [finding('error', 'HTML, not JSON', `${request} was answered with an HTML page. Open the request in the network tab and look at its status and the page’s title to see who answered. ${json}${redirect}`, notFoundPage)];
  }
}
