// @vitest-environment node
// The sandbox's cookie jar: what a reader's route sets comes back as a browser would send it.
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { SandboxCookies } from '../../src/examples/cookies';
import type { RouteHandler } from '../../src/examples/scenario';
import { mockWorld } from '../../src/examples/world';
import { MockClock } from '../../src/mock-openai';

const site = 'http://127.0.0.1:4321';

/** A jar, and a way to make a request against it that sets `setCookie` (if any) and says what it sent. */
function browser(options: { clock?: MockClock; storage?: Storage; page?: string } = {}) {
  const clock = options.clock ?? new MockClock();
  const page = options.page ?? site;
  const jar = new SandboxCookies(clock, page, options.storage && { storage: options.storage, key: 'jar' });
  return {
    clock,
    request(url: string, { setCookie, ...init }: RequestInit & { setCookie?: string } = {}): string {
      const request = new Request(new URL(url, page), init);
      const sent = jar.withCookies(request).headers.get('cookie') ?? '';
      if (setCookie) jar.keep(request, new Response(null, { headers: { 'set-cookie': setCookie } }));
      return sent;
    },
  };
}

describe('cookies a route sets', () => {
  it('come back on the next request they apply to, HttpOnly ones too, by Path', () => {
    const { request } = browser();
    expect(request('/api/session', { setCookie: 'sid=abc; HttpOnly; Path=/api; SameSite=Lax' })).toBe('');
    expect(request('/api/chatkit')).toBe('sid=abc');
    expect(request('/account'), 'outside its Path').toBe('');
  });

  it('expire with Max-Age and Expires on the mock clock', () => {
    const { request, clock } = browser();
    request('/', { setCookie: 'sid=abc; Path=/; Max-Age=600' });
    request('/', { setCookie: `until=1; Path=/; Expires=${new Date(clock.nowMs() + 300_000).toUTCString()}` });
    clock.advance(4 * 60_000);
    expect(request('/')).toBe('sid=abc; until=1');
    clock.advance(2 * 60_000);
    expect(request('/')).toBe('sid=abc');
    clock.advance(5 * 60_000);
    expect(request('/')).toBe('');
  });

  it('keep Secure ones for a loopback host, as Chromium does, but not for another plain-HTTP host', () => {
    const { request } = browser();
    request('/', { setCookie: 'sid=abc; Secure; Path=/' });
    expect(request('/')).toBe('sid=abc');
    request('http://intranet.test/', { setCookie: 'other=1; Secure; Path=/', credentials: 'include' });
    expect(request('http://intranet.test/', { credentials: 'include' })).toBe('');
  });

  it('go to another origin only with credentials: "include", and only if SameSite=None', () => {
    const { request } = browser();
    request('https://api.other.test/', { setCookie: 'lax=1; Secure; SameSite=Lax', credentials: 'include' });
    request('https://api.other.test/', { setCookie: 'none=1; Secure; SameSite=None', credentials: 'include' });
    expect(request('https://api.other.test/', { credentials: 'include' })).toBe('none=1');
    expect(request('https://api.other.test/')).toBe('');
  });

  it('go with SameSite=Lax to another origin of the same site, with credentials: "include"', () => {
    const { request } = browser({ page: 'https://app.example.com' });
    request('https://api.example.com/signin', { setCookie: 'sid=abc; Secure; HttpOnly; SameSite=Lax', credentials: 'include' });
    expect(request('https://api.example.com/session', { credentials: 'include' })).toBe('sid=abc');
    expect(request('https://api.example.com/session'), 'without credentials').toBe('');
    expect(request('http://api.example.com/session', { credentials: 'include' }), 'a Secure cookie never goes over plain HTTP').toBe('');
  });

  it('follow the cookies the request already carries, and are never sent or kept with credentials: "omit"', () => {
    const { request } = browser();
    request('/', { setCookie: 'sid=abc; Path=/' });
    expect(request('/', { headers: { cookie: 'theme=dark' } })).toBe('theme=dark; sid=abc');
    request('/', { setCookie: 'ignored=1; Path=/', credentials: 'omit' });
    expect(request('/', { credentials: 'omit' })).toBe('');
    expect(request('/')).toBe('sid=abc');
  });

  it('survive a reload of the sandbox when the jar is persisted', () => {
    const saved = new Map<string, string>();
    const storage = { getItem: (key: string) => saved.get(key) ?? null, setItem: (key: string, value: string) => void saved.set(key, value) } as Storage;
    browser({ storage }).request('/', { setCookie: 'sid=abc; HttpOnly; Secure; Path=/' });
    expect(browser({ storage }).request('/')).toBe('sid=abc');
  });
});

describe('a reader’s route in a sandbox', () => {
  it('gets back the HttpOnly cookie it set, so a user keeps their identity across requests', async () => {
    const session: RouteHandler = async (request) => {
      const known = /(?:^|; )uid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      const headers = new Headers();
      if (!known) headers.append('set-cookie', 'uid=user_1; HttpOnly; Path=/; SameSite=Lax; Max-Age=2592000');
      return Response.json({ user: known ?? 'user_1', new: !known }, { headers });
    };
    const server = setupServer(...mockWorld({ mode: 'hosted', routes: { 'POST /api/session': session } }, { origin: site, allowedDomains: [] }).handlers);
    server.listen({ onUnhandledFrame: 'error' });
    try {
      const call = async () => (await fetch(`${site}/api/session`, { method: 'POST' })).json();
      expect(await call()).toEqual({ user: 'user_1', new: true });
      expect(await call()).toEqual({ user: 'user_1', new: false });
    } finally {
      server.close();
    }
  });
});
