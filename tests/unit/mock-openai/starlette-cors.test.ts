// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { corsCheck, preflightCheck, withServerHeaders } from '../../../src/examples/cors-gate';
import { worldOf } from '../../../src/examples/scenario';
import { createChatKitServer, type ChatKitServerConfig } from '../../../src/mock-openai';
import scenario from '../../../examples/failed-to-fetch-cors/scenario';

/*
 * The simulated ChatKit server's `cors` option against Starlette's own CORSMiddleware (Starlette 1.10,
 * from the venv `node scripts/python-env.mjs` builds; PYTHON_VENV points elsewhere): the same requests,
 * and the same status, CORS headers and body. Then the example's server files themselves: each is
 * imported, its CORSMiddleware arguments must be the ones its variant's scenario gives the mock, and the
 * real app and the mock must answer the page's requests alike.
 */

const repoRoot = join(import.meta.dirname, '..', '..', '..');
const venvDir = process.env.PYTHON_VENV ?? join(repoRoot, '.venv');
const venvPython = process.platform === 'win32' ? join(venvDir, 'Scripts', 'python.exe') : join(venvDir, 'bin', 'python');
const script = join(import.meta.dirname, 'starlette_cors.py');

type Cors = NonNullable<ChatKitServerConfig['cors']>;
interface Sent {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}
interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}
interface PythonAnswers {
  cases: Answer[];
  modules: { middleware: { name: string; kwargs: Record<string, unknown> }[]; answers: Answer[] }[];
}

function runPython(input: unknown): PythonAnswers {
  if (!existsSync(venvPython)) throw new Error(`No Python environment at ${venvDir}: run node scripts/python-env.mjs`);
  const run = spawnSync(venvPython, [script], { input: JSON.stringify(input), encoding: 'utf8', cwd: repoRoot, timeout: 60_000 });
  if (run.status !== 0) throw new Error(`starlette_cors.py failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as PythonAnswers;
}

/** The headers CORS is about, and the ones Starlette's answers to OPTIONS carry. */
const compared = (name: string) => name.startsWith('access-control-') || ['vary', 'allow', 'content-type'].includes(name);

function comparable(answer: Answer, withBody: boolean) {
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => compared(name)));
  return { status: answer.status, headers, ...(withBody && { body: answer.body }) };
}

async function mockAnswer(config: ChatKitServerConfig, origin: string, sent: Sent): Promise<Answer> {
  const { handlers } = createChatKitServer(config);
  const request = withServerHeaders(
    new Request(new URL(sent.path, origin), { method: sent.method, ...(sent.body !== undefined && { body: sent.body }) }),
    sent.headers ?? {},
  );
  const response = await getResponse(handlers, request);
  if (!response) throw new Error(`the mock did not answer ${sent.method} ${sent.path}`);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, headers, body: await response.text() };
}

const page = 'http://localhost:5173';
const lookalike = 'https://example.com.evil.test';
const threadsList = JSON.stringify({ type: 'threads.list', params: {} });
const preflight = (origin: string, method: string, requestHeaders?: string): Sent => ({
  method: 'OPTIONS',
  path: '/chatkit',
  headers: { origin, 'access-control-request-method': method, ...(requestHeaders !== undefined && { 'access-control-request-headers': requestHeaders }) },
});
const post = (headers: Record<string, string>): Sent => ({ method: 'POST', path: '/chatkit', headers: { 'content-type': 'application/json', ...headers }, body: threadsList });

const configurations: [string, Cors | null][] = [
  ['no CORSMiddleware', null],
  ['the fixed server', { allow_origins: [page], allow_methods: ['POST'], allow_headers: ['Authorization', 'Content-Type'] }],
  ['the broken server', { allow_origins: [page], allow_methods: ['POST'], allow_headers: ['Content-Type'] }],
  ['any origin, the defaults', { allow_origins: ['*'] }],
  ['any origin with credentials', { allow_origins: ['*'], allow_credentials: true, allow_methods: ['*'], allow_headers: ['*'] }],
  [
    'credentials, exposed headers, max_age, headers in two cases',
    { allow_origins: [page], allow_credentials: true, expose_headers: ['X-Request-Id', 'X-Trace'], max_age: 60, allow_headers: ['content-type', 'Content-Type', 'X-Trace'] },
  ],
  ['private network', { allow_origins: [page], allow_methods: ['POST'], allow_private_network: true }],
];

const requests: [string, Sent, { withBody: boolean; mock?: Sent }][] = [
  ['a preflight with Authorization', preflight(page, 'POST', 'authorization,content-type'), { withBody: true }],
  ['a preflight without requested headers', preflight(page, 'POST'), { withBody: true }],
  ['a preflight from a look-alike origin', preflight(lookalike, 'POST', 'content-type'), { withBody: true }],
  ['a preflight for PUT', preflight(page, 'PUT', 'content-type'), { withBody: true }],
  ['a preflight for lowercase post', preflight(page, 'post'), { withBody: true }],
  ['a preflight with spaces between headers', preflight(page, 'POST', 'x-trace, Content-Type'), { withBody: true }],
  [
    'a private-network preflight',
    { ...preflight(page, 'POST'), headers: { ...preflight(page, 'POST').headers, 'access-control-request-private-network': 'true' } },
    { withBody: true },
  ],
  ['OPTIONS with an Origin but no requested method', { method: 'OPTIONS', path: '/chatkit', headers: { origin: page } }, { withBody: true }],
  ['OPTIONS with no Origin', { method: 'OPTIONS', path: '/chatkit' }, { withBody: true }],
  ['a POST from the page', post({ origin: page }), { withBody: false }],
  ['a POST from a look-alike origin', post({ origin: lookalike }), { withBody: false }],
  ['a POST with no Origin', post({}), { withBody: false }],
  [
    'a POST whose handler raises',
    { method: 'POST', path: '/raises', headers: { origin: page, 'content-type': 'application/json' }, body: threadsList },
    // The mock's handler raises where chatkit-python would: on a body it cannot parse.
    { withBody: true, mock: { method: 'POST', path: '/chatkit', headers: { origin: page, 'content-type': 'application/json' }, body: 'not json' } },
  ],
];

const table = configurations.flatMap(([configuration, cors]) => requests.map(([request, sent, how]) => ({ configuration, cors, request, sent, how })));

/** What each variant of examples/failed-to-fetch-cors runs: its Python server file and its simulated server. */
const exampleVariants = Object.entries(scenario.variants).flatMap(([name, variant]) => {
  const server = variant.files.find((file) => file.startsWith('server') && file.endsWith('.py'));
  if (!server) return []; // a hosted-mode variant: no ChatKit server of the reader's
  const chatkitServer = worldOf(scenario, variant).chatkitServer;
  if (!chatkitServer) throw new Error(`variant ${name} shows ${server} but runs no simulated server`);
  return [{ name, server, chatkitServer }];
});
const token = { authorization: 'Bearer demo-user-token' };
const exampleRequests: Sent[] = [
  preflight(page, 'POST', 'authorization,content-type'),
  preflight(lookalike, 'POST', 'authorization,content-type'),
  post({ origin: page, ...token }),
  post({ origin: page }),
  post({ origin: lookalike, ...token }),
];
const examplePaths = (chatkitServer: ChatKitServerConfig) => exampleRequests.map((sent) => ({ ...sent, path: new URL(chatkitServer.url, page).pathname }));

let python: PythonAnswers;

beforeAll(() => {
  python = runPython({
    cases: table.map(({ cors, sent }) => ({ cors, request: sent })),
    modules: exampleVariants.map(({ server, chatkitServer }) => ({
      path: join(repoRoot, 'examples', 'failed-to-fetch-cors', server),
      base_url: new URL(chatkitServer.url, page).origin,
      requests: examplePaths(chatkitServer),
    })),
  });
}, 60_000);

describe('the simulated server answers CORS as Starlette 1.10 does', () => {
  it.each(table.map((row, index) => [row.configuration, row.request, index] as const))('%s, %s', async (_configuration, _request, index) => {
    const { cors, sent, how } = table[index]!;
    const mock = await mockAnswer({ url: 'http://testserver/chatkit', ...(cors && { cors }) }, 'http://testserver', how.mock ?? sent);
    expect(comparable(mock, how.withBody)).toEqual(comparable(python.cases[index]!, how.withBody));
  });

  it('answers a preflight it refuses with 400 and says what it refused, and an unhandled exception with no CORS headers', () => {
    const at = (configuration: string, request: string) =>
      python.cases[table.findIndex((row) => row.configuration === configuration && row.request === request)]!;
    expect(at('the broken server', 'a preflight with Authorization')).toMatchObject({ status: 400, body: 'Disallowed CORS headers' });
    expect(at('the fixed server', 'a preflight from a look-alike origin')).toMatchObject({ status: 400, body: 'Disallowed CORS origin' });
    expect(at('the fixed server', 'a preflight from a look-alike origin').headers['access-control-allow-origin']).toBeUndefined();
    expect(at('any origin, the defaults', 'a preflight without requested headers')).toMatchObject({ status: 400, body: 'Disallowed CORS method' });
    expect(at('the fixed server', 'a preflight with Authorization').headers['access-control-max-age']).toBe('600');
    expect(at('the fixed server', 'a preflight with Authorization').headers['access-control-allow-headers']).toBe(
      'Accept, Accept-Language, Authorization, Content-Language, Content-Type',
    );
    expect(at('the fixed server', 'a POST whose handler raises').headers['access-control-allow-origin']).toBeUndefined();
    expect(at('no CORSMiddleware', 'a preflight with Authorization')).toMatchObject({ status: 405, body: 'Method Not Allowed' });
    expect(at('any origin with credentials', 'a POST from a look-alike origin').headers['access-control-allow-origin']).toBe(lookalike);
    expect(at('any origin, the defaults', 'a POST from the page').headers['access-control-allow-origin']).toBe('*');
  });
});

describe('examples/failed-to-fetch-cors: the server files and the simulated servers agree', () => {
  it('covers every custom-server variant', () => {
    expect(exampleVariants.map((variant) => variant.name)).toEqual(['broken-no-cors', 'broken-no-authorization', 'fixed-same-origin', 'fixed-cross-origin']);
  });

  it.each(exampleVariants.map((variant, index) => [variant.name, variant.server, index] as const))('%s: %s', async (_name, _server, index) => {
    const { chatkitServer } = exampleVariants[index]!;
    const module = python.modules[index]!;
    const cors = module.middleware.filter((entry) => entry.name === 'CORSMiddleware');
    if (chatkitServer.cors) expect(cors.map((entry) => entry.kwargs)).toEqual([chatkitServer.cors]);
    else expect(cors).toEqual([]);

    const sent = examplePaths(chatkitServer);
    const origin = new URL(chatkitServer.url, page).origin;
    for (const [at, request] of sent.entries()) {
      const mock = await mockAnswer({ ...chatkitServer, url: new URL(chatkitServer.url, page).href }, origin, request);
      const real = module.answers[at]!;
      const withBody = request.method === 'OPTIONS' || real.status !== 200;
      expect(comparable(mock, withBody), `${request.method} with ${JSON.stringify(request.headers)}`).toEqual(comparable(real, withBody));
    }
  });

  /** What Chromium makes of the real server's answers to the page's first request (a preflight, then the POST). */
  function chromiumVerdict(name: string): string | null {
    const index = exampleVariants.findIndex((variant) => variant.name === name);
    const [preflightAnswer, , postAnswer] = python.modules[index]!.answers;
    const asResponse = (answer: Answer) => new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
    const request = new Request('http://localhost:8000/chatkit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer demo-user-token' },
    });
    return preflightCheck(asResponse(preflightAnswer!), request, page, false) ?? corsCheck(asResponse(postAnswer!), page, false);
  }

  it('the real servers get the Chromium messages the page shows', () => {
    expect(chromiumVerdict('broken-no-cors')).toBe(
      "Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
    expect(chromiumVerdict('broken-no-authorization')).toBe("Response to preflight request doesn't pass access control check: It does not have HTTP ok status.");
    expect(chromiumVerdict('fixed-cross-origin')).toBeNull();
  });
});
