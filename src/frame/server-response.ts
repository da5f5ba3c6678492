import { keptSetCookie } from '../examples/cookies';

/**
 * The reader's backend routes run in the frame, where a script-made `Response` silently drops
 * `Set-Cookie` (a forbidden response header in browsers), as `headers.append('Set-Cookie', …)` on it
 * does. On a server both keep it. This makes the frame's `Response` keep those lines where the
 * sandbox's cookie jar finds them (src/examples/cookies.ts); everything else about it is the browser's.
 */
export function keepSetCookieOnResponses(): void {
  const BrowserResponse = globalThis.Response;
  const appendSetCookie = (response: Response, line: string) => {
    const kept: unknown = Reflect.get(response, keptSetCookie);
    if (Array.isArray(kept)) kept.push(line);
  };

  class ServerLikeResponse extends BrowserResponse {
    constructor(body?: BodyInit | null, init?: ResponseInit) {
      super(body, init);
      const lines = new Headers(init?.headers).getSetCookie();
      Object.defineProperty(this, keptSetCookie, { value: lines, enumerable: false });
      const headers = this.headers;
      const { append, set } = headers;
      headers.append = (name, value) => {
        if (name.toLowerCase() === 'set-cookie') appendSetCookie(this, value);
        append.call(headers, name, value);
      };
      headers.set = (name, value) => {
        if (name.toLowerCase() === 'set-cookie') lines.splice(0, lines.length, value);
        set.call(headers, name, value);
      };
    }

    /** Every response is still a Response to code that checks, such as MSW's. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof BrowserResponse;
    }

    static override json(data: unknown, init?: ResponseInit): Response {
      const headers = new Headers(init?.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new ServerLikeResponse(JSON.stringify(data), { ...init, headers });
    }
  }
  globalThis.Response = ServerLikeResponse;
}
