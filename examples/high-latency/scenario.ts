import type { SettledClaim, StepClaim } from '../../src/examples/claims';
import { defineScenario, type Step } from '../../src/examples/scenario';
import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitScript } from '../../src/mock-openai';
import * as waitsForEverything from './server.waits';
import * as streamsAtOnce from './server';
import * as sessionRoute from './server.session';

const question = 'Where is my order?';
const answerEnd = 'the tracking link is in your confirmation email.';
const progress = 'Looking up your orders…';

/** What the ChatKit server's agent answers, without a model: long enough to stream as many text deltas. */
const supportAgent: ChatKitScript = {
  respond: () => [
    {
      type: 'text',
      text: `Order 1042 has shipped. It left our warehouse this morning and should reach you in two to three business days; ${answerEnd}`,
    },
  ],
};

const route = 'POST /api/chatkit';
/** Your ChatKit server, which only your route calls (server to server, so no CORS). */
const chatkitServerUrl = 'https://chatkit.example.com/chatkit';
const sessionRequest = 'POST /api/chatkit/session';
const hostedReply = 'This is a simulated reply from a mocked ChatKit backend';

/** Custom server: one question, the whole answer, and how the reply reached the screen. */
function asksCustom(during: StepClaim[], growth: { exactly: 1 } | { atLeast: number }): Step[] {
  return [
    { expect: [{ event: 'chatkit.ready' }] },
    {
      do: { send: question },
      expect: [...during, { event: 'chatkit.response.end', exactly: 1 }, { see: answerEnd }, { measure: 'replyTextSteps', ...growth }, { request: route, status: 200 }],
    },
  ];
}
const customSettled: SettledClaim[] = [{ noEvent: 'chatkit.error' }, { event: 'chatkit.response.end', exactly: 1 }];

/** Hosted: two questions, each answered, with what they cost in sessions and setOptions calls. */
function asksHostedTwice(afterFirst: StepClaim[], afterSecond: StepClaim[]): Step[] {
  return [
    { expect: [{ event: 'chatkit.ready' }, { request: sessionRequest, status: 200, exactly: 1 }] },
    { do: { send: 'Where is my order?' }, expect: [{ event: 'chatkit.response.end', exactly: 1 }, ...afterFirst] },
    { do: { send: 'And my refund?' }, expect: [{ event: 'chatkit.response.end', exactly: 2 }, ...afterSecond] },
  ];
}
const hosted = { mode: 'hosted', chatkitServer: null } as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    // The starter app's logs show 0.7–0.9 s for its session route.
    openai: { latencyMs: { sessions: 800 }, streamChunkDelayMs: 30 },
    chatkitServer: { url: chatkitServerUrl, script: supportAgent, streamChunkDelayMs: 60 },
    routes: { [route]: streamsAtOnce.POST, [sessionRequest]: sessionRoute.POST },
    env: { CHATKIT_SERVER_URL: chatkitServerUrl, OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
    privateOrigins: [new URL(chatkitServerUrl).origin],
  },
  variants: {
    'broken-waits': {
      kind: 'broken',
      label: 'Broken: route waits for everything',
      summary:
        'Custom server. The route looks up the customer’s orders (700 ms), then awaits the ChatKit server’s whole answer before it sends a byte. Nothing shows until the reply is complete, then all of it at once.',
      files: ['chat.tsx', 'server.waits.ts', 'orders.ts'],
      world: { routes: { [route]: waitsForEverything.POST } },
      steps: asksCustom([], { exactly: 1 }),
      settled: customSettled,
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: streams at once',
      summary:
        'Custom server. The route answers with an event stream at once: a progress_update first (“Looking up your orders…”) while the lookup runs, then the server’s events as they arrive. The reply grows a few words at a time.',
      files: ['chat.tsx', 'server.ts', 'orders.ts'],
      steps: asksCustom([{ see: progress }], { atLeast: 5 }),
      settled: customSettled,
    },
    'broken-key': {
      kind: 'broken',
      label: 'Broken: a key that changes',
      summary:
        'Hosted. <ChatKit key={answers}> remounts the widget after every answer: each new widget asks for a new session (about 0.8 s each here) and starts without the conversation.',
      files: ['broken-key.tsx', 'get-client-secret.ts', 'server.session.ts', 'auth.ts'],
      world: hosted,
      steps: asksHostedTwice(
        [{ request: sessionRequest, status: 200, exactly: 2 }, { event: 'chatkit.ready', exactly: 2 }, { measure: 'sessionsMinted', exactly: 2 }],
        [{ request: sessionRequest, status: 200, exactly: 3 }, { event: 'chatkit.ready', exactly: 3 }, { measure: 'sessionsMinted', exactly: 3 }],
      ),
      settled: [{ request: sessionRequest, status: 200, exactly: 3 }, { measure: 'sessionsMinted', exactly: 3 }, { noEvent: 'chatkit.error' }],
    },
    'broken-options': {
      kind: 'broken',
      label: 'Broken: an option that changes',
      summary:
        'Hosted. The start screen’s greeting counts the answers, so each answer gives useChatKit a new option value and the bindings call setOptions again with the whole configuration.',
      files: ['broken-options.tsx', 'get-client-secret.ts', 'server.session.ts', 'auth.ts'],
      world: hosted,
      steps: asksHostedTwice([{ measure: 'setOptionsCalls', exactly: 2 }], [{ measure: 'setOptionsCalls', exactly: 3 }]),
      settled: [{ measure: 'setOptionsCalls', exactly: 3 }, { request: sessionRequest, status: 200, exactly: 1 }, { measure: 'sessionsMinted', exactly: 1 }],
    },
    'broken-on-message-sent': {
      kind: 'broken',
      label: 'Broken: onMessageSent (TypeScript)',
      summary:
        'Hosted. Latency logging hung on an onMessageSent handler, which does not exist: TypeScript refuses it, and at run time the handler never fires, so the counter stays at 0 after a message is answered.',
      files: ['broken-on-message-sent.tsx', 'get-client-secret.ts', 'server.session.ts', 'auth.ts'],
      world: hosted,
      typeError: "Object literal may only specify known properties, and 'onMessageSent' does not exist in type 'UseChatKitOptions'.",
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: 'Where is my order?' },
          expect: [{ event: 'chatkit.response.end', exactly: 1 }, { see: hostedReply }, { see: 'Messages sent: 0' }, { measure: 'setOptionsCalls', exactly: 1 }],
        },
      ],
      settled: [{ noEvent: 'chatkit.error' }],
    },
    'broken-late-session': {
      kind: 'broken',
      label: 'Broken: session asked for on open',
      summary:
        'Hosted. The chat opens behind a “Chat with us” button, and only then does the widget ask for a session: the reader waits the whole session request (about 0.8 s here) after every click.',
      files: ['broken-late-session.tsx', 'get-client-secret.ts', 'server.session.ts', 'auth.ts'],
      world: hosted,
      steps: [
        { expect: [{ see: 'Chat with us' }, { request: sessionRequest, exactly: 0 }, { measure: 'sessionsMinted', exactly: 0 }] },
        { do: { click: 'Chat with us' }, expect: [{ event: 'chatkit.ready', exactly: 1 }, { request: sessionRequest, status: 200, exactly: 1 }] },
      ],
      settled: [{ measure: 'sessionsMinted', exactly: 1 }, { noEvent: 'chatkit.error' }],
    },
    'fixed-early-session': {
      kind: 'fixed',
      label: 'Fixed: session asked for early (hosted)',
      summary:
        'Hosted. The page asks for the session as soon as it renders; when the reader opens the chat, the widget takes that secret and is ready without waiting for a request.',
      files: ['fixed-early-session.tsx', 'early-session.ts', 'get-client-secret.ts', 'server.session.ts', 'auth.ts'],
      world: hosted,
      steps: [
        { expect: [{ see: 'Chat with us' }, { request: sessionRequest, status: 200, exactly: 1 }] },
        {
          do: { click: 'Chat with us' },
          expect: [{ event: 'chatkit.ready', exactly: 1 }, { request: sessionRequest, status: 200, exactly: 1 }, { measure: 'sessionsMinted', exactly: 1 }],
        },
        { do: { send: question }, expect: [{ event: 'chatkit.response.end', exactly: 1 }, { see: hostedReply }] },
      ],
      settled: [{ request: sessionRequest, status: 200, exactly: 1 }, { noEvent: 'chatkit.error' }],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Fixed: mounted once (hosted)',
      summary:
        'Hosted. No key, option values that stay the same, inline functions: two answers re-render the page twice, yet the widget got its options once and one session.',
      files: ['fixed-hosted.tsx', 'get-client-secret.ts', 'server.session.ts', 'auth.ts'],
      world: hosted,
      steps: asksHostedTwice([{ see: hostedReply }, { see: 'Answers so far: 1' }], [{ see: 'Answers so far: 2' }]),
      settled: [
        { request: sessionRequest, status: 200, exactly: 1 },
        { measure: 'sessionsMinted', exactly: 1 },
        { measure: 'setOptionsCalls', exactly: 1 },
        { event: 'chatkit.ready', exactly: 1 },
        { noEvent: 'chatkit.error' },
      ],
    },
  },
});
