import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import { defineScenario, type WorldOverride } from '../../src/examples/scenario';
import { preflight, withCors } from './cors';
import { withSignIn } from './middleware';
import * as sessionRoute from './server';
import * as loginPage from './server.login';
import * as signInRoute from './server.sign-in';
import * as uncheckedRoute from './server.unchecked';

const chatkit = 'POST /chatkit';
const sessionRequest = 'POST /api/chatkit/session';
const signInRequest = 'POST /api/sign-in';
const sessions = 'POST https://api.openai.com/v1/chatkit/sessions';
const signInPrompt = 'Sign in to use the chat.';
const reply = 'This is a simulated reply from a mocked ChatKit backend';

/** What V8 (Chrome, Edge, Node) says when JSON.parse meets an HTML page. */
const htmlAsJson = `Unexpected token '<', "<!DOCTYPE "... is not valid JSON`;

const env = { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID };

/** Hosted mode, your app and its API routes on one origin, as in a Next.js app. */
const hosted: WorldOverride = {
  mode: 'hosted',
  chatkitServer: null,
  routes: { [sessionRequest]: sessionRoute.POST, [signInRequest]: signInRoute.POST },
  env,
};

/** The same routes on an API origin of their own, behind cors.ts; the page plays https://app.example.com. */
const appOrigin = 'https://app.example.com';
const apiSession = 'https://api.example.com/api/chatkit/session';
const apiSignIn = 'https://api.example.com/api/sign-in';
const hostedOnApiOrigin: WorldOverride = {
  mode: 'hosted',
  chatkitServer: null,
  pageOrigin: appOrigin,
  routes: {
    [`POST ${apiSession}`]: withCors(sessionRoute.POST),
    [`OPTIONS ${apiSession}`]: preflight,
    [`POST ${apiSignIn}`]: withCors(signInRoute.POST),
    [`OPTIONS ${apiSignIn}`]: preflight,
  },
  env: { ...env, APP_ORIGIN: appOrigin },
};

const signInFiles = ['sign-in-prompt.tsx', 'server.sign-in.ts', 'auth.ts'] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    openai: { streamChunkDelayMs: 30 },
    chatkitServer: {
      url: '/chatkit',
      streamChunkDelayMs: 30,
      requireHeader: { name: 'authorization', value: 'Bearer demo-user-token' },
    },
  },
  variants: {
    'broken-unawaited-token': {
      kind: 'broken',
      label: 'Custom server · Broken: token not awaited',
      summary:
        'api.fetch sets Authorization from getAccessToken() without await, so the header says “Bearer [object Promise]”. Your ChatKit server answers the widget’s first request with 401 and the chat never starts.',
      files: ['broken-unawaited-token.tsx', 'auth-client.ts'],
      steps: [{ expect: [{ request: chatkit, status: 401 }, { see: 'Unauthorized' }, { event: 'chatkit.error' }] }],
      settled: [{ noEvent: 'chatkit.ready' }, { request: chatkit, status: 200, exactly: 0 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Custom server · Fixed',
      summary:
        'api.fetch copies ChatKit’s headers into new Headers(init?.headers) and sets Authorization with the awaited token. Your ChatKit server accepts every request and answers.',
      files: ['fixed.tsx', 'auth-client.ts'],
      steps: [
        { expect: [{ request: chatkit, status: 200 }, { event: 'chatkit.ready' }] },
        { do: { send: 'Where is my order?' }, expect: [{ see: reply }, { event: 'chatkit.response.end' }] },
      ],
      settled: [{ request: chatkit, status: 401, exactly: 0 }],
    },
    'broken-no-credentials': {
      kind: 'broken',
      label: 'Hosted · Broken: cookie not sent to the API',
      summary:
        'The page plays https://app.example.com; your API is https://api.example.com. Press Sign in: the cookie is stored, but getClientSecret’s fetch has no credentials: \'include\', so it never goes with it. The route answers 401 and the sign-in prompt comes back.',
      files: ['broken-no-credentials.tsx', 'cors.ts', 'server.ts', ...signInFiles],
      world: hostedOnApiOrigin,
      steps: [
        { expect: [{ request: `POST ${apiSession}`, status: 401 }, { see: signInPrompt }] },
        {
          do: { click: 'Sign in' },
          expect: [{ request: `POST ${apiSignIn}`, status: 200 }, { request: `POST ${apiSession}`, status: 401, atLeast: 2 }, { see: signInPrompt }],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { request: `POST ${apiSession}`, status: 200, exactly: 0 }, { measure: 'sessionsMinted', exactly: 0 }],
    },
    'broken-login-redirect': {
      kind: 'broken',
      label: 'Hosted · Broken: redirect to /login',
      summary:
        'Signed out, the auth middleware redirects POST /api/chatkit/session to the /login page. fetch follows the redirect, res.ok is true, and res.json() throws on the page’s HTML. The session route behind the middleware never runs.',
      files: ['broken-login-redirect.tsx', 'middleware.ts', 'server.login.ts', 'auth.ts'],
      world: { ...hosted, routes: { [sessionRequest]: withSignIn(sessionRoute.POST), 'GET /login': loginPage.GET } },
      steps: [
        {
          expect: [
            { request: sessionRequest, status: 302 },
            { request: 'GET /login', status: 200 },
            { see: htmlAsJson },
            { console: 'error', text: htmlAsJson },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 0 }],
    },
    'broken-unchecked-key': {
      kind: 'broken',
      label: "Hosted · Broken: OpenAI's 401 hidden",
      summary:
        'The server’s OPENAI_API_KEY is wrong. Press Sign in: OpenAI answers the session call with 401 invalid_api_key, but the route never checks upstream.ok and answers 200 without a client_secret, so all the client can say is “Missing client secret in response”.',
      files: ['fixed-hosted.tsx', 'server.unchecked.ts', ...signInFiles],
      world: {
        ...hosted,
        routes: { [sessionRequest]: uncheckedRoute.POST, [signInRequest]: signInRoute.POST },
        env: { ...env, OPENAI_API_KEY: 'sk-proj-revoked-key-from-last-year-7f3a' },
      },
      steps: [
        { expect: [{ request: sessionRequest, status: 401 }, { see: signInPrompt }] },
        {
          do: { click: 'Sign in' },
          expect: [
            { request: signInRequest, status: 200 },
            { request: sessions, status: 401 },
            { request: sessionRequest, status: 200 },
            { see: 'Missing client secret in response' },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 0 }],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Hosted · Fixed',
      summary:
        'Signed out, the session route answers 401 JSON and the component shows its sign-in prompt instead of the chat. Press Sign in: the route finds the cookie, mints a session for that user, and the chat answers.',
      files: ['fixed-hosted.tsx', 'server.ts', ...signInFiles],
      world: hosted,
      steps: [
        { expect: [{ request: sessionRequest, status: 401 }, { see: signInPrompt }] },
        {
          do: { click: 'Sign in' },
          expect: [{ request: signInRequest, status: 200 }, { request: sessionRequest, status: 200 }, { event: 'chatkit.ready' }],
        },
        { do: { send: 'Where is my order?' }, expect: [{ see: reply }, { event: 'chatkit.response.end' }] },
      ],
      settled: [
        { request: sessionRequest, status: 401, exactly: 1 },
        { request: sessionRequest, status: 200, exactly: 1 },
        { measure: 'sessionsMinted', exactly: 1 },
      ],
    },
  },
});
