// @vitest-environment node
// The exact origin check and the CORS answers of examples/failed-to-fetch-cors/server.cors.ts (the
// fixed cross-origin session route), next to the substring check of server.substring-check.ts, through
// the sandbox's CORS gate where it matters what Chromium would make of them.
import { getResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as fixedRoute from '../../examples/failed-to-fetch-cors/server.cors';
import { isAllowedOrigin } from '../../examples/failed-to-fetch-cors/server.cors';
import * as substringRoute from '../../examples/failed-to-fetch-cors/server.substring-check';
import { fetchAcrossOrigins, withServerHeaders } from '../../src/examples/cors-gate';
import { createMockOpenAI, DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type MockOpenAI } from '../../src/mock-openai';

const app = 'https://app.example.com';
const route = 'https://api.example.com/api/chatkit/session';

let openai: MockOpenAI;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const env = { ...process.env };
beforeEach(() => {
  openai = createMockOpenAI();
  server.resetHandlers(...openai.handlers);
  Object.assign(process.env, {
    OPENAI_API_KEY: DEFAULT_API_KEY,
    CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID,
    ALLOWED_ORIGINS: `${app}, http://localhost:5173/`,
  });
});
afterEach(() => {
  for (const key of ['OPENAI_API_KEY', 'CHATKIT_WORKFLOW_ID', 'ALLOWED_ORIGINS']) delete process.env[key];
  Object.assign(process.env, env);
  vi.restoreAllMocks();
});

/** A request as the route receives it from a page on `origin` (or from a client that sends no Origin). */
function requestFrom(origin: string | null, method = 'POST', extra: Record<string, string> = {}): Request {
  return withServerHeaders(new Request(route, { method }), { ...(origin !== null && { origin }), ...extra });
}

describe('isAllowedOrigin', () => {
  it.each([[app], ['http://localhost:5173']])('allows %s, which ALLOWED_ORIGINS lists', (origin) => {
    expect(isAllowedOrigin(origin)).toBe(true);
  });

  it.each([
    ['a look-alike that contains the host', 'https://example.com.evil.test'],
    ['a look-alike that ends with the name', 'https://evilexample.com'],
    ['the allowed origin as a subdomain of another site', 'https://app.example.com.evil.test'],
    ['a prefix of the allowed origin', 'https://app.example.co'],
    ['another scheme', 'http://app.example.com'],
    ['another port', 'https://app.example.com:8443'],
    ['a subdomain', 'https://www.app.example.com'],
  ])('refuses %s: %s', (_what, origin) => {
    expect(isAllowedOrigin(origin)).toBe(false);
  });

  it.each([
    ['null, what sandboxed frames and file: pages send', 'null'],
    ['an empty header', ''],
    ['no header', null],
    ['a string that is not a URL', 'app.example.com'],
    ['a scheme with no host', 'https://'],
    ['an origin with a path', 'https://app.example.com/'],
    ['an origin with credentials in it', 'https://app.example.com@evil.test'],
    ['a host in capitals, which no browser sends', 'https://APP.example.com'],
  ])('refuses %s', (_what, origin) => {
    expect(isAllowedOrigin(origin)).toBe(false);
  });

  it('allows nothing when ALLOWED_ORIGINS is unset', () => {
    delete process.env['ALLOWED_ORIGINS'];
    expect(isAllowedOrigin(app)).toBe(false);
  });
});

describe('the fixed route', () => {
  it('answers the preflight from an allowed origin with 204, that origin, credentials and Vary: Origin', async () => {
    const response = await fixedRoute.OPTIONS(requestFrom(app, 'OPTIONS', { 'access-control-request-method': 'POST' }));
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toEqual({
      'access-control-allow-origin': app,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
  });

  it('answers a look-alike’s preflight with no Access-Control-Allow-Origin', async () => {
    const response = await fixedRoute.OPTIONS(requestFrom('https://example.com.evil.test', 'OPTIONS', { 'access-control-request-method': 'POST' }));
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
    expect(response.headers.get('vary')).toBe('Origin');
  });

  it.each([['https://example.com.evil.test'], [null]])('refuses a POST from %s with 403, before it creates a session', async (origin) => {
    const response = await fixedRoute.POST(requestFrom(origin));
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: 'Origin not allowed.' });
    expect(openai.sessions).toHaveLength(0);
  });

  const gate = (pageOrigin: string) => ({
    pageOrigin,
    send: (request: Request) =>
      getResponse([...openai.handlers], request).then(async (answer) => answer ?? (request.method === 'OPTIONS' ? fixedRoute.OPTIONS(request) : fixedRoute.POST(request))),
  });

  it('passes Chromium’s checks for a credentialed JSON request from the page: the preflight, then the session', async () => {
    const preflights: number[] = [];
    const response = await fetchAcrossOrigins(
      new Request(route, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      { ...gate(app), onPreflight: (_request, outcome) => preflights.push(outcome === 'failed' ? 0 : outcome.status) },
    );
    expect(preflights).toEqual([204]);
    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(await response.json()).toMatchObject({ client_secret: expect.stringMatching(/^ek_/) });
  });

  it('is refused by Chromium for a request with an Authorization header, which it does not allow', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await fetchAcrossOrigins(new Request(route, { method: 'POST', headers: { Authorization: 'Bearer token' } }), gate(app));
    expect(response.type).toBe('error');
    expect(consoleError).toHaveBeenCalledWith(
      `Access to fetch at '${route}' from origin '${app}' has been blocked by CORS policy: Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.`,
    );
  });
});

describe('the substring check', () => {
  it.each([['https://example.com.evil.test'], ['https://evilexample.com'], ['https://notexample.com.au']])(
    'gives %s a session and lets it read the answer',
    async (origin) => {
      const response = await substringRoute.POST(requestFrom(origin));
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(openai.sessions).toHaveLength(1);
    },
  );
});
