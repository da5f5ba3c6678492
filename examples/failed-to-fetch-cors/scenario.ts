import { defineScenario, type RouteHandler, type WorldOverride } from '../../src/examples/scenario';
import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitServerConfig } from '../../src/mock-openai';
import * as plainRoute from './server';
import * as corsRoute from './server.cors';
import * as substringRoute from './server.substring-check';
import * as wildcardRoute from './server.wildcard';

// Custom-server mode: the page on the Vite dev server calls the ChatKit server on its own port.
const devPage = 'http://localhost:5173';
const chatkitUrl = 'http://localhost:8000/chatkit';

/** What support.py's server does here: the default simulated reply, for the user of auth.py's token. */
const server = { streamChunkDelayMs: 30, requireHeader: { name: 'authorization', value: 'Bearer demo-user-token' } };

/** The page on :5173 calling the server on :8000, with the CORSMiddleware arguments of its server file. */
function toChatKitServer(cors?: ChatKitServerConfig['cors']): WorldOverride {
  return { pageOrigin: devPage, chatkitServer: { url: chatkitUrl, ...server, ...(cors && { cors }) } };
}

/** Chromium's console line for a refused request from the page (the reason as the page's errors list it). */
const blocked = (reason: string) => `has been blocked by CORS policy: ${reason}`;
const reply = 'This is a simulated reply from a mocked ChatKit backend';

// Hosted mode: the page on app.example.com calls its session route on api.example.com.
const page = 'https://app.example.com';
const lookalike = 'https://example.com.evil.test';
const sessionUrl = 'https://api.example.com/api/chatkit/session';
const crossOriginSession = `POST ${sessionUrl}`;
const sameOriginSession = 'POST /api/chatkit/session';
const sessions = 'POST https://api.openai.com/v1/chatkit/sessions';
const conversation = 'POST https://api.openai.com/v1/chatkit/conversation';
const verifyHosted = 'POST https://api.openai.com/v1/chatkit/domain_keys/verify_hosted';

/** The session route's environment; the browser has none of it. */
const serverEnv = { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID, ALLOWED_ORIGINS: page };
const hosted: WorldOverride = {
  mode: 'hosted',
  chatkitServer: null,
  pageHost: 'app.example.com',
  openai: { allowedDomains: ['app.example.com'], streamChunkDelayMs: 40 },
};

/** Hosted mode, the page on `origin` calling the session route on api.example.com. */
function toSessionRoute(routes: Record<string, RouteHandler>, origin = page): WorldOverride {
  return { ...hosted, pageOrigin: origin, pageHost: new URL(origin).hostname, routes, env: serverEnv };
}

export default defineScenario({
  world: {
    mode: 'custom-server',
    pageHost: 'localhost',
    chatkitServer: { url: '/chatkit', ...server },
  },
  variants: {
    'broken-no-cors': {
      kind: 'broken',
      label: 'Broken: server on another port, no CORS',
      summary:
        'The page on localhost:5173 calls the ChatKit server on localhost:8000, which has no CORS middleware. The browser preflights the JSON request with its Authorization header, Starlette answers the OPTIONS request 405 without CORS headers, and the request itself is never sent.',
      files: ['chat-cross-origin.tsx', 'auth-client.ts', 'server.py', 'support.py'],
      world: toChatKitServer(),
      steps: [
        {
          expect: [
            { request: `OPTIONS ${chatkitUrl}`, status: 405 },
            {
              console: 'error',
              text: blocked(
                "Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
              ),
            },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }],
    },
    'broken-no-authorization': {
      kind: 'broken',
      label: 'Broken: Authorization not in allow_headers',
      summary:
        'The server has CORSMiddleware for http://localhost:5173, but its allow_headers leaves out Authorization, which the page’s api.fetch adds. Starlette answers the preflight 400 “Disallowed CORS headers”, so Chromium says the preflight “does not have HTTP ok status”, and the request is never sent.',
      files: ['chat-cross-origin.tsx', 'auth-client.ts', 'server_cors_no_authorization.py', 'support.py'],
      world: toChatKitServer({ allow_origins: [devPage], allow_methods: ['POST'], allow_headers: ['Content-Type'] }),
      steps: [
        {
          expect: [
            { request: `OPTIONS ${chatkitUrl}`, status: 400 },
            { console: 'error', text: blocked("Response to preflight request doesn't pass access control check: It does not have HTTP ok status.") },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }],
    },
    'fixed-same-origin': {
      kind: 'fixed',
      label: 'Fixed: same origin (dev proxy)',
      summary:
        'api.url is the path /chatkit on the page’s own origin, which the dev server forwards to the ChatKit server, so the server needs no CORS at all. No preflight: the requests go straight through, and the chat answers.',
      files: ['chat.tsx', 'auth-client.ts', 'server.py', 'support.py'],
      steps: [
        { expect: [{ request: 'POST /chatkit', status: 200 }, { event: 'chatkit.ready' }] },
        { do: { send: 'Where is my order?' }, expect: [{ event: 'chatkit.response.end' }, { see: reply }] },
      ],
      settled: [{ request: 'POST /chatkit', status: 401, exactly: 0 }, { noEvent: 'chatkit.error' }],
    },
    'fixed-cross-origin': {
      kind: 'fixed',
      label: 'Fixed: CORSMiddleware on the server',
      summary:
        'The server on localhost:8000 allows the exact origin http://localhost:5173, POST, and the Authorization and Content-Type headers. Starlette answers each preflight 200 and adds Access-Control-Allow-Origin to every answer; the chat answers.',
      files: ['chat-cross-origin.tsx', 'auth-client.ts', 'server_cors.py', 'support.py'],
      world: toChatKitServer({ allow_origins: [devPage], allow_methods: ['POST'], allow_headers: ['Authorization', 'Content-Type'] }),
      steps: [
        {
          expect: [
            { request: `OPTIONS ${chatkitUrl}`, status: 200 },
            { request: `POST ${chatkitUrl}`, status: 200 },
            { event: 'chatkit.ready' },
          ],
        },
        { do: { send: 'Where is my order?' }, expect: [{ event: 'chatkit.response.end' }, { see: reply }] },
      ],
      settled: [{ request: `POST ${chatkitUrl}`, status: 'failed', exactly: 0 }, { noEvent: 'chatkit.error' }],
    },
    'broken-hosted-no-cors': {
      kind: 'broken',
      label: 'Broken: hosted, session route on another origin',
      summary:
        'Hosted mode. The page on app.example.com posts to its session route on api.example.com, which sends no CORS headers. A POST without a body needs no preflight, so the route runs and OpenAI creates a session, but the browser keeps the answer from the page and the chat never starts.',
      files: ['hosted-cross-origin.tsx', 'server.ts', 'session.ts', 'auth.ts'],
      world: toSessionRoute({ [crossOriginSession]: plainRoute.POST }),
      steps: [
        {
          expect: [
            { request: sessions, status: 200 },
            { console: 'error', text: blocked("No 'Access-Control-Allow-Origin' header is present on the requested resource.") },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 1 }],
    },
    'broken-wildcard-credentials': {
      kind: 'broken',
      label: 'Broken: hosted, * with credentials',
      summary:
        'Hosted mode. The route on api.example.com answers every origin with Access-Control-Allow-Origin: *, but the page sends its sign-in cookie (credentials: "include"). The route runs and OpenAI creates a session, yet the browser refuses a credentialed answer that allows any origin, so the page never gets the secret.',
      files: ['hosted-cross-origin.tsx', 'server.wildcard.ts', 'session.ts', 'auth.ts'],
      world: toSessionRoute({ [crossOriginSession]: wildcardRoute.POST }),
      steps: [
        {
          expect: [
            { request: sessions, status: 200 },
            {
              console: 'error',
              text: blocked(
                "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
              ),
            },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 1 }],
    },
    'broken-substring-check': {
      kind: 'broken',
      label: 'Broken: hosted, origin.includes() from a look-alike site',
      summary:
        'Hosted mode. The route allows any origin that contains “example.com”. This tab plays the attacker’s page on https://example.com.evil.test: the route answers it 200 with CORS headers for that origin, so its script reads a valid client secret for the signed-in user. Only the widget’s domain check then keeps the chat from running there.',
      files: ['hosted-cross-origin.tsx', 'server.substring-check.ts', 'session.ts', 'auth.ts'],
      world: toSessionRoute({ [crossOriginSession]: substringRoute.POST }, lookalike),
      exempt: ['substring-origin-check'],
      steps: [
        {
          expect: [
            { request: crossOriginSession, status: 200 },
            { request: sessions, status: 200 },
            { request: conversation, status: 200 },
            { request: verifyHosted, status: 401 },
            { console: 'error', text: "[ChatKit] Domain 'example.com.evil.test' is not in this organization's domain allowlist." },
          ],
        },
      ],
      settled: [{ measure: 'sessionsMinted', exactly: 1 }, { noEvent: 'chatkit.ready' }],
    },
    'broken-api-key': {
      kind: 'broken',
      label: 'Broken: hosted, the browser calls OpenAI',
      summary:
        'Hosted mode. getClientSecret calls OpenAI’s session API from the page with a key read from NEXT_PUBLIC_OPENAI_API_KEY. This build does not set it, so OpenAI answers 401 “Incorrect API key provided: undefined.” Setting it would make the call work and put the secret key in every visitor’s JavaScript.',
      files: ['broken-api-key.tsx'],
      world: hosted,
      exempt: ['api-key-in-client'],
      steps: [
        {
          expect: [
            { request: sessions, status: 401 },
            { see: 'Incorrect API key provided: undefined.' },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 0 }],
    },
    'fixed-hosted-same-origin': {
      kind: 'fixed',
      label: 'Fixed: hosted, session route on the page’s origin',
      summary:
        'Hosted mode. The same route as in the first hosted tab, served from the page’s own origin and called with a relative URL: no CORS headers, no preflight, and the cookie goes along without credentials: "include". The chat starts and answers.',
      files: ['hosted.tsx', 'server.ts', 'session.ts', 'auth.ts'],
      world: { ...hosted, routes: { [sameOriginSession]: plainRoute.POST }, env: serverEnv },
      steps: [
        { expect: [{ request: sameOriginSession, status: 200 }, { event: 'chatkit.ready' }] },
        { do: { send: 'Where is my order?' }, expect: [{ event: 'chatkit.response.end' }, { see: reply }] },
      ],
      settled: [{ request: sameOriginSession, status: 200, exactly: 1 }, { measure: 'sessionsMinted', exactly: 1 }],
    },
    'fixed-hosted-cross-origin': {
      kind: 'fixed',
      label: 'Fixed: hosted, exact CORS allowlist',
      summary:
        'Hosted mode. The route on api.example.com allows exactly the origins in ALLOWED_ORIGINS: it answers with that origin, Access-Control-Allow-Credentials and Vary: Origin, answers preflights, and refuses every other origin with 403 before it creates a session. The chat starts and answers.',
      files: ['hosted-cross-origin.tsx', 'server.cors.ts', 'session.ts', 'auth.ts'],
      world: toSessionRoute({ [crossOriginSession]: corsRoute.POST, [`OPTIONS ${sessionUrl}`]: corsRoute.OPTIONS }),
      steps: [
        { expect: [{ request: crossOriginSession, status: 200 }, { event: 'chatkit.ready' }] },
        { do: { send: 'Where is my order?' }, expect: [{ event: 'chatkit.response.end' }, { see: reply }] },
      ],
      settled: [
        { request: crossOriginSession, status: 200, exactly: 1 },
        { request: crossOriginSession, status: 403, exactly: 0 },
        { noEvent: 'chatkit.error' },
      ],
    },
  },
});
