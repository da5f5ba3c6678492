/**
 * The browser's CORS checks, as Chromium applies them to a `fetch` from the page to another origin. In
 * the sandbox a service worker answers every request, and a browser trusts what its own worker answers,
 * so without this gate a cross-origin backend would work whatever headers it sent. The reader's code
 * decides the headers; the gate only enforces them: the preflight for a request that needs one, then
 * the CORS check on the response. A refusal is what the page sees in a real browser: `fetch` rejects
 * with `TypeError: Failed to fetch`, and the console shows Chromium's message.
 */

/** What the gate needs from the world around it. */
export interface CorsGateOptions {
  /** The origin of the page making the request (sent as `Origin`). */
  pageOrigin: string;
  /** Answers a request as the network would: with the world's handlers. */
  send(request: Request): Promise<Response | undefined>;
  /** Told of each preflight sent, so it shows in the network log as a browser's network tab shows it. */
  onPreflight?(request: Request, outcome: Response | 'failed'): void;
}

const safelistedMethods = new Set(['GET', 'HEAD', 'POST']);
const simpleContentTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** The Fetch standard's CORS-safelisted request headers, short of its byte-level value rules. */
function isSafelistedHeader(name: string, value: string): boolean {
  if (value.length > 128) return false;
  if (name === 'accept' || name === 'accept-language' || name === 'content-language') return true;
  if (name === 'content-type') return simpleContentTypes.has(value.split(';')[0]!.trim().toLowerCase());
  return false;
}

/**
 * Headers the browser adds itself, which a preflight never lists: the Fetch standard's forbidden request
 * headers, and `User-Agent`, which Node's fetch adds on its own (the standard no longer forbids a page to
 * set it, but the sandboxes' pages never do). They reach the gate only through msw/node, which rebuilds
 * each request from what Node sent; a service worker sees the page's own headers only.
 */
const browserOwnedHeaders = new Set([
  'accept-charset', 'accept-encoding', 'access-control-request-headers', 'access-control-request-method', 'connection',
  'content-length', 'cookie', 'cookie2', 'date', 'dnt', 'expect', 'host', 'keep-alive', 'origin', 'referer', 'set-cookie',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'via', 'user-agent',
]);
const isBrowserOwned = (name: string) => browserOwnedHeaders.has(name) || name.startsWith('proxy-') || name.startsWith('sec-');

/** The request's header names a preflight must clear, lowercased and sorted, as Chromium lists them. */
function unsafeHeaderNames(request: Request): string[] {
  const names: string[] = [];
  request.headers.forEach((value, name) => {
    if (!isBrowserOwned(name) && !isSafelistedHeader(name, value)) names.push(name);
  });
  return names.sort();
}

/**
 * The request with headers added that a page cannot set (`Origin`, `Access-Control-Request-*`,
 * `Cookie`): a browser's Request drops them, the request a server receives carries them.
 */
export function withServerHeaders(request: Request, extra: Record<string, string>): Request {
  const headers = new Headers(request.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  const copy = new Request(request);
  Object.defineProperty(copy, 'headers', { value: headers });
  return copy;
}

/** What a server with no handler for the preflight answers, as frameworks do: no CORS headers. */
const unanswered = () => new Response(null, { status: 404 });

/** The Fetch standard's CORS check on a response; null when it passes, else Chromium's reason. */
export function corsCheck(response: Response, origin: string, credentialed: boolean): string | null {
  const allowOrigin = response.headers.get('access-control-allow-origin');
  if (allowOrigin === null) return "No 'Access-Control-Allow-Origin' header is present on the requested resource.";
  if (allowOrigin.includes(',')) {
    return `The 'Access-Control-Allow-Origin' header contains multiple values '${allowOrigin}', but only one is allowed. Have the server send the header with a valid value.`;
  }
  if (allowOrigin === '*' && !credentialed) return null;
  if (allowOrigin === '*') {
    return "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.";
  }
  if (allowOrigin !== origin) {
    return `The 'Access-Control-Allow-Origin' header has a value '${allowOrigin}' that is not equal to the supplied origin. Have the server send the header with a valid value.`;
  }
  const allowCredentials = response.headers.get('access-control-allow-credentials') ?? '';
  if (credentialed && allowCredentials !== 'true') {
    return `The value of the 'Access-Control-Allow-Credentials' header in the response is '${allowCredentials}' which must be 'true' when the request's credentials mode is 'include'.`;
  }
  return null;
}

const listOf = (header: string | null) => (header ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');

/** Checks a preflight's answer for the request it was sent for; null when the request may go. */
export function preflightCheck(response: Response, request: Request, origin: string, credentialed: boolean): string | null {
  if (response.status >= 300 && response.status < 400) {
    return "Response to preflight request doesn't pass access control check: Redirect is not allowed for a preflight request.";
  }
  const refused = corsCheck(response, origin, credentialed);
  if (refused) return `Response to preflight request doesn't pass access control check: ${refused}`;
  if (!response.ok) return "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.";

  // Methods compare case-sensitively; `*` means any method only without credentials.
  const methods = listOf(response.headers.get('access-control-allow-methods'));
  const methodAllowed = safelistedMethods.has(request.method) || methods.includes(request.method) || (methods.includes('*') && !credentialed);
  if (!methodAllowed) return `Method ${request.method} is not allowed by Access-Control-Allow-Methods in preflight response.`;

  // Header names compare case-insensitively; Chromium lets `*` cover every header (Authorization too) without credentials.
  const allowed = listOf(response.headers.get('access-control-allow-headers')).map((name) => name.toLowerCase());
  const wildcard = allowed.includes('*') && !credentialed;
  const refusedHeader = unsafeHeaderNames(request).find((name) => !wildcard && !allowed.includes(name));
  if (refusedHeader) return `Request header field ${refusedHeader} is not allowed by Access-Control-Allow-Headers in preflight response.`;
  return null;
}

function blocked(request: Request, origin: string, reason: string): Response {
  console.error(`Access to fetch at '${request.url}' from origin '${origin}' has been blocked by CORS policy: ${reason}`);
  return Response.error();
}

/** Sends a request from the page to another origin the way Chromium would, or refuses it as Chromium would. */
export async function fetchAcrossOrigins(request: Request, { pageOrigin, send, onPreflight }: CorsGateOptions): Promise<Response> {
  const credentialed = request.credentials === 'include';
  const unsafeHeaders = unsafeHeaderNames(request);
  if (!safelistedMethods.has(request.method) || unsafeHeaders.length > 0) {
    const preflight = withServerHeaders(new Request(request.url, { method: 'OPTIONS', credentials: 'omit' }), {
      origin: pageOrigin,
      'access-control-request-method': request.method,
      ...(unsafeHeaders.length > 0 && { 'access-control-request-headers': unsafeHeaders.join(',') }),
    });
    const answer = (await send(preflight)) ?? unanswered();
    onPreflight?.(preflight, answer.type === 'error' ? 'failed' : answer);
    if (answer.type === 'error') return Response.error();
    const refused = preflightCheck(answer, request, pageOrigin, credentialed);
    if (refused) return blocked(request, pageOrigin, refused);
  }
  const response = await send(withServerHeaders(request, { origin: pageOrigin }));
  if (!response || response.type === 'error') return Response.error();
  const refused = corsCheck(response, pageOrigin, credentialed);
  return refused ? blocked(request, pageOrigin, refused) : response;
}
