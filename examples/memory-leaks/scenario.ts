import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitScript } from '../../src/mock-openai';
import { defineScenario } from '../../src/examples/scenario';
import * as analyticsRoute from './server.analytics';
import * as sessionRoute from './server';

const question = 'Where is my order?';
const answer = 'Order 1042 has shipped.';
const refundQuestion = 'How long do refunds take?';
const refundAnswer = 'Refunds take 5 to 10 business days.';

/** The support agent, without a model: what your ChatKit server and the hosted workflow both answer. */
const supportAgent: ChatKitScript = {
  respond(turn) {
    const text = turn.kind === 'user_message' ? turn.text.toLowerCase() : '';
    if (text.includes('refund')) return [{ type: 'text', text: refundAnswer }];
    if (text.includes('order')) return [{ type: 'text', text: answer }];
    return [{ type: 'text', text: 'I can help with orders and refunds.' }];
  },
};

/** The simulated widget's start screen, shown until a thread has messages. */
const startScreen = 'What can I help with today?';
const chatkit = 'POST /chatkit';
const analytics = 'POST /api/analytics';
const sessionRequest = 'POST /api/chatkit/session';
/** The page's Remount 20× control: twenty new widgets, one after another; each mount is one widget. */
const remount = { remount: 20 };

/** The hosted tabs: a session route, where the others have your ChatKit server. */
const hosted = {
  mode: 'hosted',
  routes: { [sessionRequest]: sessionRoute.POST },
  env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
} as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    openai: { script: supportAgent, streamChunkDelayMs: 30 },
    chatkitServer: { url: '/chatkit', script: supportAgent, streamChunkDelayMs: 30 },
    routes: { [analytics]: analyticsRoute.POST },
  },
  variants: {
    'broken-listener': {
      kind: 'broken',
      label: 'Broken: a listener per thread',
      summary:
        'An effect adds a chatkit.response.end listener each time the thread changes and never removes one. Remount 20× leaves the count at 14 (old listeners leave with old widgets); each new thread adds one, so two answers are recorded six times.',
      files: ['broken-listener.tsx', 'analytics.ts', 'server.analytics.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { measure: 'chatkitListeners', exactly: 14 }] },
        { do: remount, expect: [{ measure: 'chatkitListeners', exactly: 14 }] },
        { do: { send: question }, expect: [{ see: answer }, { measure: 'chatkitListeners', exactly: 15 }, { request: analytics, status: 204, exactly: 2 }] },
        { do: { click: 'New chat' }, expect: [{ measure: 'chatkitListeners', exactly: 16 }] },
        {
          do: { send: refundQuestion },
          expect: [{ see: refundAnswer }, { measure: 'chatkitListeners', exactly: 17 }, { request: analytics, status: 204, exactly: 6 }],
        },
      ],
      settled: [{ request: analytics, status: 204, exactly: 6 }, { measure: 'chatkitListeners', exactly: 17 }],
    },
    'broken-timer': {
      kind: 'broken',
      label: 'Broken: a session timer',
      summary:
        'Hosted mode. An effect starts a five-minute session timer and never clears it. Press Remount 20×: 21 timers are still running, one per mount, each set to ask for a session ChatKit will never use.',
      files: ['broken-timer.tsx', 'get-client-secret.ts', 'server.ts', 'auth.ts'],
      world: hosted,
      steps: [
        {
          expect: [
            { event: 'chatkit.ready' },
            { measure: 'chatkitListeners', exactly: 13 },
            { measure: 'liveIntervals', exactly: 1 },
            { measure: 'sessionsMinted', exactly: 1 },
          ],
        },
        { do: remount, expect: [{ measure: 'liveIntervals', exactly: 21 }, { measure: 'sessionsMinted', exactly: 21 }] },
      ],
      settled: [{ measure: 'liveIntervals', exactly: 21 }, { measure: 'sessionsMinted', exactly: 21 }, { measure: 'chatkitListeners', exactly: 13 }],
    },
    'broken-remount-loop': {
      kind: 'broken',
      label: 'Broken: a chat defined inside render',
      summary:
        'The chat component is defined inside the page component, which counts answers. Each answer re-renders the page, so the widget is replaced: the reply vanishes, the chat starts over and loads its thread list again.',
      files: ['broken-remount-loop.tsx'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { measure: 'chatkitListeners', exactly: 13 }, { request: chatkit, status: 200, exactly: 1 }] },
        {
          do: { send: question },
          expect: [{ event: 'chatkit.response.end', exactly: 1 }, { see: 'Answers so far: 1' }, { request: chatkit, status: 200, exactly: 3 }],
        },
        {
          do: { send: refundQuestion },
          expect: [{ event: 'chatkit.response.end', exactly: 2 }, { see: 'Answers so far: 2' }, { request: chatkit, status: 200, exactly: 5 }],
        },
      ],
      settled: [{ see: startScreen }, { notSee: answer }, { notSee: refundAnswer }, { request: chatkit, status: 200, exactly: 5 }, { measure: 'chatkitListeners', exactly: 13 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'The handler options instead of a manual listener, and the chat defined at module level. After Remount 20× and two answers: 13 listeners, no timers, each answer recorded once, and the conversation stays on screen.',
      files: ['fixed.tsx', 'analytics.ts', 'server.analytics.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { measure: 'chatkitListeners', exactly: 13 }] },
        { do: remount, expect: [{ measure: 'chatkitListeners', exactly: 13 }, { measure: 'liveIntervals', exactly: 0 }] },
        { do: { send: question }, expect: [{ see: answer }, { see: 'Answers so far: 1' }, { request: analytics, status: 204, exactly: 1 }] },
        { do: { send: refundQuestion }, expect: [{ see: refundAnswer }, { see: 'Answers so far: 2' }, { request: analytics, status: 204, exactly: 2 }] },
      ],
      settled: [
        { see: answer },
        { notSee: startScreen },
        { request: analytics, status: 204, exactly: 2 },
        { measure: 'chatkitListeners', exactly: 13 },
        { measure: 'liveIntervals', exactly: 0 },
      ],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Fixed: hosted, no timer',
      summary:
        'Hosted mode without the timer: ChatKit calls getClientSecret when it needs a secret. After Remount 20×: no timers and 13 listeners; 21 sessions, one per widget mounted, which is what mounting costs.',
      files: ['fixed-hosted.tsx', 'get-client-secret.ts', 'server.ts', 'auth.ts'],
      world: hosted,
      steps: [
        {
          expect: [
            { event: 'chatkit.ready' },
            { measure: 'chatkitListeners', exactly: 13 },
            { measure: 'liveIntervals', exactly: 0 },
            { measure: 'sessionsMinted', exactly: 1 },
          ],
        },
        { do: remount, expect: [{ measure: 'chatkitListeners', exactly: 13 }, { measure: 'liveIntervals', exactly: 0 }, { measure: 'sessionsMinted', exactly: 21 }] },
        { do: { send: question }, expect: [{ see: answer }] },
      ],
      settled: [{ measure: 'liveIntervals', exactly: 0 }, { measure: 'sessionsMinted', exactly: 21 }, { measure: 'chatkitListeners', exactly: 13 }],
    },
  },
});
