// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corsCheck, fetchAcrossOrigins, preflightCheck } from '../../src/examples/cors-gate';

/*
 * Every reason below is the text Chromium 156 printed for the same headers, captured from a real page
 * on one port fetching a server on another.
 */
const page = 'http://127.0.0.1:4321';
const api = 'https://api.example.test/session';
const withHeaders = (headers: Record<string, string>, status = 200) => new Response(null, { status, headers });

describe('the CORS check on a response', () => {
  it('passes an exact origin, and * without credentials', () => {
    expect(corsCheck(withHeaders({ 'Access-Control-Allow-Origin': page }), page, false)).toBeNull();
    expect(corsCheck(withHeaders({ 'Access-Control-Allow-Origin': '*' }), page, false)).toBeNull();
    expect(corsCheck(withHeaders({ 'Access-Control-Allow-Origin': page, 'Access-Control-Allow-Credentials': 'true' }), page, true)).toBeNull();
  });

  it('refuses a response without Access-Control-Allow-Origin', () => {
    expect(corsCheck(withHeaders({}), page, false)).toBe("No 'Access-Control-Allow-Origin' header is present on the requested resource.");
  });

  it.each([['https://other.test'], ['null'], [`${page}/`], ['http://127.0.0.1:4321.evil.test']])('refuses the value %s, which is not the origin', (value) => {
    expect(corsCheck(withHeaders({ 'Access-Control-Allow-Origin': value }), page, false)).toBe(
      `The 'Access-Control-Allow-Origin' header has a value '${value}' that is not equal to the supplied origin. Have the server send the header with a valid value.`,
    );
  });

  it('refuses several values in one header', () => {
    expect(corsCheck(withHeaders({ 'Access-Control-Allow-Origin': `${page}, https://other.test` }), page, false)).toBe(
      `The 'Access-Control-Allow-Origin' header contains multiple values '${page}, https://other.test', but only one is allowed. Have the server send the header with a valid value.`,
    );
  });

  it('refuses * with credentials', () => {
    expect(corsCheck(withHeaders({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }), page, true)).toBe(
      "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
    );
  });

  it.each([[undefined, ''], ['TRUE', 'TRUE']])('with credentials, refuses Access-Control-Allow-Credentials %s', (value, shown) => {
    const headers: Record<string, string> = { 'Access-Control-Allow-Origin': page, ...(value && { 'Access-Control-Allow-Credentials': value }) };
    expect(corsCheck(withHeaders(headers), page, true)).toBe(
      `The value of the 'Access-Control-Allow-Credentials' header in the response is '${shown}' which must be 'true' when the request's credentials mode is 'include'.`,
    );
  });
});

describe('the preflight check', () => {
  const json = (init: RequestInit = {}) =>
    new Request(api, { method: 'POST', ...init, headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) } });
  const allow = (extra: Record<string, string> = {}, status = 204) => withHeaders({ 'Access-Control-Allow-Origin': page, ...extra }, status);

  it('refuses a redirect, a failed CORS check and a status that is not ok, in that order', () => {
    expect(preflightCheck(allow({ Location: '/login' }, 302), json(), page, false)).toBe(
      "Response to preflight request doesn't pass access control check: Redirect is not allowed for a preflight request.",
    );
    expect(preflightCheck(withHeaders({}, 404), json(), page, false)).toBe(
      "Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
    expect(preflightCheck(allow({}, 400), json(), page, false)).toBe(
      "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
    );
  });

  it('names the first request header the answer does not allow, lowercased', () => {
    expect(preflightCheck(allow(), json(), page, false)).toBe(
      'Request header field content-type is not allowed by Access-Control-Allow-Headers in preflight response.',
    );
    expect(preflightCheck(allow({ 'Access-Control-Allow-Headers': 'Content-Type' }), json({ headers: { Authorization: 'Bearer t' } }), page, false)).toBe(
      'Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.',
    );
    expect(preflightCheck(allow({ 'Access-Control-Allow-Headers': 'content-type, authorization' }), json({ headers: { Authorization: 'Bearer t' } }), page, false)).toBeNull();
  });

  it('lets * cover every header without credentials, and no header with them', () => {
    const request = json({ headers: { Authorization: 'Bearer t' }, credentials: 'include' });
    expect(preflightCheck(allow({ 'Access-Control-Allow-Headers': '*' }), json({ headers: { Authorization: 'Bearer t' } }), page, false)).toBeNull();
    expect(preflightCheck(allow({ 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Credentials': 'true' }), request, page, true)).toBe(
      'Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.',
    );
  });

  it('compares methods case-sensitively, with * for any method only without credentials', () => {
    const headers = { 'Access-Control-Allow-Headers': 'content-type' };
    expect(preflightCheck(allow(headers), json({ method: 'PUT' }), page, false)).toBe('Method PUT is not allowed by Access-Control-Allow-Methods in preflight response.');
    expect(preflightCheck(allow({ ...headers, 'Access-Control-Allow-Methods': 'patch' }), json({ method: 'PATCH' }), page, false)).toBe(
      'Method PATCH is not allowed by Access-Control-Allow-Methods in preflight response.',
    );
    expect(preflightCheck(allow({ ...headers, 'Access-Control-Allow-Methods': '*' }), json({ method: 'DELETE' }), page, false)).toBeNull();
  });
});

describe('a request through the gate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends a simple request without a preflight, with the page origin, and refuses the answer in the console', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: Request[] = [];
    const response = await fetchAcrossOrigins(new Request(api, { method: 'POST', body: 'x' }), {
      pageOrigin: page,
      send: async (request) => (seen.push(request), new Response('{}')),
    });
    expect(response.type).toBe('error');
    expect(seen.map((request) => [request.method, request.headers.get('origin')])).toEqual([['POST', page]]);
    expect(consoleError).toHaveBeenCalledWith(
      `Access to fetch at '${api}' from origin '${page}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
    );
  });

  it('preflights a JSON request with its method and headers, then sends it with its body', async () => {
    const seen: { method: string; origin: string | null; requestMethod: string | null; requestHeaders: string | null; body: string }[] = [];
    const preflights: number[] = [];
    const response = await fetchAcrossOrigins(
      new Request(api, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer t' }, body: '{"user":"u"}' }),
      {
        pageOrigin: page,
        send: async (request) => {
          seen.push({
            method: request.method,
            origin: request.headers.get('origin'),
            requestMethod: request.headers.get('access-control-request-method'),
            requestHeaders: request.headers.get('access-control-request-headers'),
            body: await request.text(),
          });
          return withHeaders({ 'Access-Control-Allow-Origin': page, 'Access-Control-Allow-Headers': 'Content-Type, Authorization' });
        },
        onPreflight: (_request, outcome) => preflights.push(outcome === 'failed' ? 0 : outcome.status),
      },
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([
      { method: 'OPTIONS', origin: page, requestMethod: 'POST', requestHeaders: 'authorization,content-type', body: '' },
      { method: 'POST', origin: page, requestMethod: null, requestHeaders: null, body: '{"user":"u"}' },
    ]);
    expect(preflights).toEqual([200]);
  });

  it('does not send the request when nothing answers the preflight', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const methods: string[] = [];
    const response = await fetchAcrossOrigins(new Request(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }), {
      pageOrigin: page,
      send: async (request) => (methods.push(request.method), request.method === 'OPTIONS' ? undefined : new Response('{}')),
    });
    expect(response.type).toBe('error');
    expect(methods).toEqual(['OPTIONS']);
  });
});
