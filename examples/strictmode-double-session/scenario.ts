import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitScript } from '../../src/mock-openai';
import { defineScenario } from '../../src/examples/scenario';
import * as sessionRoute from '../invalid-client-secret/server';

const greeting = 'Hello! I can help with orders and refunds.';
const question = 'Where is my order?';
const answer = 'Order 1042 has shipped.';
const hostedReply = 'This is a simulated reply from a mocked ChatKit backend';

/** The support agent, without a model: what your ChatKit server answers. */
const supportAgent: ChatKitScript = {
  respond(turn) {
    const text = turn.kind === 'user_message' ? turn.text.toLowerCase() : '';
    if (text.includes('order')) return [{ type: 'text', text: answer }];
    return [{ type: 'text', text: greeting }];
  },
};

const sessionRequest = 'POST /api/chatkit/session';
/** Every request to your ChatKit server, the widget's and the page's own: their bodies say which is which. */
const chatkitRequest = 'POST /chatkit';
/** The page's Remount 1× control: the component unmounts and a new one mounts, with a new widget. */
const remount = { remount: 1 };
/** The panel's own button: React cleans up the chat's effects, keeping its state and its widget. */
const close = { click: 'Close chat' };
/** The same button again: React runs the chat's effects again, on the same widget. */
const reopen = { click: 'Open chat' };

/** The hosted tabs: a session route, and OpenAI's hosted ChatKit API instead of your server. */
const hosted = {
  mode: 'hosted',
  chatkitServer: null,
  routes: { [sessionRequest]: sessionRoute.POST },
  env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
} as const;
const hostedFiles = ['session.ts', 'chat-panel.tsx'] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', script: supportAgent, streamChunkDelayMs: 20 },
  },
  variants: {
    broken: {
      kind: 'broken',
      label: 'Broken: a thread per effect run',
      summary:
        'An effect starts a greeting thread and opens it, with nothing to stop a second. Remount 1× starts a second thread; closing and opening the panel, which runs the effect again as StrictMode does, starts a third and replaces the conversation.',
      files: ['broken.tsx', 'start-thread.ts', 'chat-panel.tsx'],
      steps: [
        {
          expect: [
            { event: 'chatkit.ready', exactly: 1 },
            { see: greeting },
            { event: 'chatkit.thread.load.end', exactly: 1 },
            { measure: 'setOptionsCalls', exactly: 1 },
          ],
        },
        { do: remount, expect: [{ event: 'chatkit.ready', exactly: 2 }, { event: 'chatkit.thread.load.end', exactly: 2 }] },
        { do: { send: question }, expect: [{ see: answer }, { request: chatkitRequest, status: 200, exactly: 7 }] },
        { do: close, expect: [{ measure: 'chatkitListeners', exactly: 0 }] },
        {
          do: reopen,
          expect: [
            { event: 'chatkit.thread.load.end', exactly: 3 },
            { request: chatkitRequest, status: 200, exactly: 9 },
            { event: 'chatkit.ready', exactly: 2 },
            { measure: 'setOptionsCalls', exactly: 3 },
            { measure: 'chatkitListeners', exactly: 13 },
          ],
        },
      ],
      settled: [
        { notSee: answer },
        { event: 'chatkit.thread.load.end', exactly: 3 },
        { request: chatkitRequest, status: 200, exactly: 9 },
        { noEvent: 'chatkit.error' },
      ],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: no thread until the user writes',
      summary:
        'The greeting is the start screen’s, and no effect creates anything. Remount 1× and closing and opening the panel create no thread; the user’s first message creates the only one, and the conversation stays.',
      files: ['fixed.tsx', 'chat-panel.tsx'],
      steps: [
        { expect: [{ event: 'chatkit.ready', exactly: 1 }, { see: greeting }, { measure: 'setOptionsCalls', exactly: 1 }] },
        { do: remount, expect: [{ event: 'chatkit.ready', exactly: 2 }, { see: greeting }, { event: 'chatkit.thread.change', exactly: 0 }] },
        { do: { send: question }, expect: [{ see: answer }, { event: 'chatkit.thread.change', exactly: 1 }, { request: chatkitRequest, status: 200, exactly: 3 }] },
        { do: close, expect: [{ measure: 'chatkitListeners', exactly: 0 }] },
        {
          do: reopen,
          expect: [{ see: answer }, { measure: 'setOptionsCalls', exactly: 3 }, { measure: 'chatkitListeners', exactly: 13 }, { event: 'chatkit.ready', exactly: 2 }],
        },
      ],
      settled: [
        { event: 'chatkit.thread.change', exactly: 1 },
        { request: chatkitRequest, status: 200, exactly: 3 },
        { noEvent: 'chatkit.thread.load.start' },
        { noEvent: 'chatkit.error' },
      ],
    },
    'broken-hosted': {
      kind: 'broken',
      label: 'Broken: a session per effect run (hosted)',
      summary:
        'Hosted. An effect fetches a session and keeps its secret in state for getClientSecret. Remount 1× costs a second session, as it costs the fixed tab; closing and opening the panel, which runs the effect again as StrictMode does, mints a third that the widget never uses.',
      files: ['broken-hosted.tsx', ...hostedFiles],
      world: hosted,
      steps: [
        {
          expect: [
            { event: 'chatkit.ready', exactly: 1 },
            { request: sessionRequest, status: 200, exactly: 1 },
            { measure: 'sessionsMinted', exactly: 1 },
            { measure: 'setOptionsCalls', exactly: 1 },
          ],
        },
        {
          do: remount,
          expect: [
            { event: 'chatkit.ready', exactly: 2 },
            { request: sessionRequest, status: 200, exactly: 2 },
            { measure: 'sessionsMinted', exactly: 2 },
          ],
        },
        { do: close, expect: [{ measure: 'chatkitListeners', exactly: 0 }] },
        {
          do: reopen,
          expect: [
            { request: sessionRequest, status: 200, exactly: 3 },
            { measure: 'sessionsMinted', exactly: 3 },
            { measure: 'setOptionsCalls', exactly: 3 },
            { measure: 'chatkitListeners', exactly: 13 },
          ],
        },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 3 },
        { measure: 'sessionsMinted', exactly: 3 },
        { event: 'chatkit.ready', exactly: 2 },
        { noEvent: 'chatkit.error' },
      ],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Fixed: ChatKit asks for the session (hosted)',
      summary:
        'Hosted. getClientSecret is the session request, and ChatKit calls it. Remount 1× costs one more session, one per new widget; closing and opening the panel calls setOptions again on the same widget and costs none.',
      files: ['fixed-hosted.tsx', ...hostedFiles],
      world: hosted,
      steps: [
        {
          expect: [
            { event: 'chatkit.ready', exactly: 1 },
            { request: sessionRequest, status: 200, exactly: 1 },
            { measure: 'sessionsMinted', exactly: 1 },
            { measure: 'setOptionsCalls', exactly: 1 },
          ],
        },
        {
          do: remount,
          expect: [
            { event: 'chatkit.ready', exactly: 2 },
            { request: sessionRequest, status: 200, exactly: 2 },
            { measure: 'sessionsMinted', exactly: 2 },
          ],
        },
        { do: close, expect: [{ measure: 'chatkitListeners', exactly: 0 }] },
        {
          do: reopen,
          expect: [
            { measure: 'setOptionsCalls', exactly: 3 },
            { measure: 'chatkitListeners', exactly: 13 },
            { request: sessionRequest, status: 200, exactly: 2 },
          ],
        },
        { do: { send: question }, expect: [{ see: hostedReply }] },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 2 },
        { measure: 'sessionsMinted', exactly: 2 },
        { event: 'chatkit.ready', exactly: 2 },
        { noEvent: 'chatkit.error' },
      ],
    },
  },
});
