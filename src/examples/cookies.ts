/**
 * The browser's cookie jar, as the reader's backend routes see it. A sandbox's routes run in the page,
 * and a browser never stores a cookie from a response a script made, so the sandbox keeps them here:
 * a route's `Set-Cookie` (HttpOnly or not) is stored, and sent back in `Cookie` on later requests it
 * applies to, by Path, Domain, Secure (loopback hosts count as secure, as in Chromium), SameSite and
 * expiry on the mock clock. Page JavaScript never sees them, HttpOnly or not.
 */
import { getDomain } from 'tldts';
import { CookieJar } from 'tough-cookie';
import type { MockClock } from '../mock-openai';

/** Where the sandbox frame's Response keeps the Set-Cookie lines a browser would drop (src/frame/server-response.ts). */
export const keptSetCookie = Symbol.for('chatkit-sandbox.set-cookie');

/** A route response's Set-Cookie lines: from its headers (Node keeps them) or from where the frame kept them. */
export function setCookiesOf(response: Response): string[] {
  const kept: unknown = Reflect.get(response, keptSetCookie);
  return Array.isArray(kept) ? (kept as string[]) : response.headers.getSetCookie();
}

/** Where a jar survives a reload of its sandbox: a key in the frame's sessionStorage. */
export interface CookiePersistence {
  storage: Storage;
  key: string;
}

export class SandboxCookies {
  #jar: CookieJar;

  constructor(
    private readonly clock: MockClock,
    /** The origin of the page the requests come from. */
    private readonly siteOrigin: string,
    private readonly persistence?: CookiePersistence,
  ) {
    const saved = persistence?.storage.getItem(persistence.key);
    this.#jar = saved ? CookieJar.deserializeSync(saved) : new CookieJar(undefined, { allowSecureOnLocal: true });
  }

  /** The request as the browser sends it: with a Cookie header for the stored cookies that apply to it. */
  withCookies(request: Request): Request {
    const context = this.#context(request);
    if (!context) return request;
    // The jar's own expiry check reads the real clock; expiry here follows the mock clock.
    const now = this.clock.nowMs();
    const stored = this.#jar
      .getCookiesSync(request.url, { ...context, expire: false })
      .filter((cookie) => (cookie.expiryTime(cookie.creation instanceof Date ? cookie.creation : undefined) ?? Infinity) > now)
      .map((cookie) => cookie.cookieString())
      .join('; ');
    if (stored === '') return request;
    const headers = new Headers(request.headers);
    const sent = headers.get('cookie');
    headers.set('cookie', sent ? `${sent}; ${stored}` : stored);
    // A browser's Request drops a Cookie header given to it (a forbidden request header); a server's
    // request carries one, so the route gets these headers as its own.
    const withCookie = new Request(request);
    Object.defineProperty(withCookie, 'headers', { value: headers });
    return withCookie;
  }

  /** Stores the cookies a route's response sets, as the browser would for that request. */
  keep(request: Request, response: Response): void {
    const context = this.#context(request);
    const lines = setCookiesOf(response);
    if (!context || lines.length === 0) return;
    for (const line of lines) this.#jar.setCookieSync(line, request.url, { ...context, ignoreError: true });
    this.persistence?.storage.setItem(this.persistence.key, JSON.stringify(this.#jar.serializeSync()));
  }

  /**
   * How the browser treats cookies for this request, or undefined when it sends and stores none. A
   * request to another origin of the same site (`api.example.com` from `app.example.com`) still gets
   * the site's SameSite cookies; one to another site gets only `SameSite=None` ones.
   */
  #context(request: Request) {
    const target = new URL(request.url);
    const sameOrigin = target.origin === this.siteOrigin;
    const withCredentials = sameOrigin ? request.credentials !== 'omit' : request.credentials === 'include';
    if (!withCredentials) return undefined;
    const sameSite = siteOf(target) === siteOf(new URL(this.siteOrigin));
    return { http: true, now: new Date(this.clock.nowMs()), sameSiteContext: sameSite ? ('strict' as const) : ('none' as const) };
  }
}

/** A URL's site, schemeful as Chromium compares them: its scheme and registrable domain. */
function siteOf(url: URL): string {
  return `${url.protocol}//${getDomain(url.hostname) ?? url.hostname}`;
}
