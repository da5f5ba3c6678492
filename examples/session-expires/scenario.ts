import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import { defineScenario, type Step } from '../../src/examples/scenario';
import * as sessionRoute from './server';
import * as sharedCache from './server.shared-cache';
import * as signIn from './server.sign-in';

const sessionRequest = 'POST /api/chatkit/session';
const sessions = 'POST https://api.openai.com/v1/chatkit/sessions';
const conversation = 'POST https://api.openai.com/v1/chatkit/conversation';
/** Past the sessions' default lifetime of 10 minutes. */
const expire = { skipMinutes: 11 };

const firstMessage = 'Where is my order?';
const firstReply = 'You sent “Where is my order?”.';
const laterMessage = 'Are you still there?';
/** What the mock API answers for an expired secret: its wording is a guess [G]. */
const expiredSecret = 'Client secret has expired.';
/** Ana's first message, and the title the mock gives her thread (its first six words). */
const anasMessage = 'My new address is 12 Elm Street';
const anasThreadTitle = 'My new address is 12 Elm';

const chatThenExpire: Step[] = [
  { expect: [{ request: sessionRequest, status: 200 }, { event: 'chatkit.ready' }] },
  { do: { send: firstMessage }, expect: [{ event: 'chatkit.response.end' }, { see: firstReply }] },
  // The simulated widget asks for a new secret only once a request is refused.
  { do: expire, expect: [{ request: sessionRequest, status: 200, exactly: 1 }] },
];

const sandboxFiles = ['server.ts', 'auth.ts'];

export default defineScenario({
  world: {
    mode: 'hosted',
    openai: { streamChunkDelayMs: 40, latencyMs: { sessions: 150 } },
    routes: { [sessionRequest]: sessionRoute.POST, 'POST /api/sign-in': signIn.POST },
    env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
  },
  variants: {
    'broken-cached': {
      kind: 'broken',
      label: 'Broken: caches the secret',
      summary:
        'getClientSecret keeps the first secret and returns it on every call. Send a message, skip 11 minutes, send another: ChatKit asks for a new secret, gets the expired one again, and the message fails.',
      files: ['broken-cached.tsx', ...sandboxFiles],
      exempt: ['secret-shared-across-users'],
      steps: [
        ...chatThenExpire,
        {
          do: { send: laterMessage },
          expect: [{ request: conversation, status: 401, exactly: 2 }, { see: expiredSecret }, { event: 'chatkit.error' }],
        },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 1 },
        { measure: 'sessionsMinted', exactly: 1 },
        { event: 'chatkit.response.end', exactly: 1 },
      ],
    },
    'broken-on-session-expired': {
      kind: 'broken',
      label: 'Broken: onSessionExpired',
      summary:
        'getClientSecret hands back the current secret and leaves the refresh to an onSessionExpired handler. TypeScript refuses the option (the @ts-expect-error line lets this sandbox run it); at run time it never fires, and after 11 minutes the chat fails.',
      files: ['broken-on-session-expired.tsx', ...sandboxFiles],
      typeError: "Object literal may only specify known properties, and 'onSessionExpired' does not exist in type 'UseChatKitOptions'.",
      steps: [
        ...chatThenExpire,
        {
          do: { send: laterMessage },
          expect: [{ request: conversation, status: 401, exactly: 2 }, { see: expiredSecret }, { event: 'chatkit.error' }],
        },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 1 },
        { measure: 'sessionsMinted', exactly: 1 },
      ],
    },
    'broken-units': {
      kind: 'broken',
      label: 'Broken: seconds as milliseconds',
      summary:
        'A client-side cache compares expires_at (seconds) with Date.now() (milliseconds), so every session looks expired the moment it is created. Its own check throws "Session expired" and the chat never starts.',
      files: ['broken-units.tsx', ...sandboxFiles],
      steps: [
        {
          expect: [
            { request: sessionRequest, status: 200 },
            { see: 'Session expired' },
            { console: 'error', text: 'Session expired' },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [
        { noEvent: 'chatkit.ready' },
        { request: sessionRequest, status: 200, exactly: 1 },
        { request: conversation, status: 200, exactly: 0 },
      ],
    },
    'broken-shared-cache': {
      kind: 'broken',
      label: 'Broken: one secret for everyone',
      summary:
        'The session route keeps one secret for an hour and hands it to every user. Ana chats, then Ben signs in: his chat history lists Ana’s conversation and opens it. Skip 11 minutes and Ben’s next message fails, because the route keeps handing out the expired secret.',
      files: ['two-users.tsx', 'server.shared-cache.ts', 'auth.ts', 'fixed.tsx', 'server.sign-in.ts'],
      world: { routes: { [sessionRequest]: sharedCache.POST } },
      exempt: ['secret-shared-across-users'],
      steps: [
        { expect: [{ request: 'POST /api/sign-in?user=ana', status: 204 }, { event: 'chatkit.ready' }] },
        { do: { send: anasMessage }, expect: [{ event: 'chatkit.response.end' }] },
        {
          do: { click: 'Sign in as Ben' },
          expect: [
            { request: 'POST /api/sign-in?user=ben', status: 204 },
            { event: 'chatkit.ready', exactly: 2 },
            // Ben's session request is answered from the cache: OpenAI is not asked.
            { request: sessionRequest, status: 200, exactly: 2 },
            { request: sessions, status: 200, exactly: 1 },
          ],
        },
        { do: { click: 'History' }, expect: [{ see: anasThreadTitle }] },
        { do: { click: anasThreadTitle }, expect: [{ see: `You sent “${anasMessage}”.` }] },
        { do: expire, expect: [{ request: sessionRequest, status: 200, exactly: 2 }] },
        {
          do: { send: 'Hello?' },
          expect: [{ request: conversation, status: 401, exactly: 2 }, { see: expiredSecret }],
        },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 3 },
        { request: sessions, status: 200, exactly: 1 },
        { measure: 'sessionsMinted', exactly: 1 },
      ],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'getClientSecret asks the route for a new session on every call, and the route creates one every time. Send, skip 11 minutes, send again: the expired secret is refused once, ChatKit asks for a new one (a second session request in the network log), and the same conversation goes on.',
      files: ['fixed.tsx', ...sandboxFiles],
      steps: [
        ...chatThenExpire,
        {
          do: { send: laterMessage },
          expect: [
            { request: conversation, status: 401, exactly: 1 },
            { request: sessionRequest, status: 200, exactly: 2 },
            { see: 'You sent “Are you still there?”.' },
            { event: 'chatkit.response.end', exactly: 2 },
          ],
        },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 2 },
        { measure: 'sessionsMinted', exactly: 2 },
        { event: 'chatkit.thread.change', exactly: 1 },
        { request: conversation, status: 401, exactly: 1 },
        { noEvent: 'chatkit.error' },
      ],
    },
    'fixed-two-users': {
      kind: 'fixed',
      label: 'Fixed: two users',
      summary:
        'The same two users with the fixed route: every sign-in gets its own session for its own user, so Ben’s chat history is empty.',
      files: ['two-users.tsx', 'server.ts', 'auth.ts', 'fixed.tsx', 'server.sign-in.ts'],
      steps: [
        { expect: [{ request: 'POST /api/sign-in?user=ana', status: 204 }, { event: 'chatkit.ready' }] },
        { do: { send: anasMessage }, expect: [{ event: 'chatkit.response.end' }, { see: `You sent “${anasMessage}”.` }] },
        {
          do: { click: 'Sign in as Ben' },
          expect: [
            { request: 'POST /api/sign-in?user=ben', status: 204 },
            { event: 'chatkit.ready', exactly: 2 },
            { request: sessionRequest, status: 200, exactly: 2 },
            { request: sessions, status: 200, exactly: 2 },
          ],
        },
        { do: { click: 'History' }, expect: [{ see: 'No past chats.' }] },
      ],
      settled: [{ measure: 'sessionsMinted', exactly: 2 }],
    },
  },
});
