import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitServerConfig } from '../../src/mock-openai';
import type { SettledClaim } from '../../src/examples/claims';
import { defineScenario, type WorldOverride } from '../../src/examples/scenario';
import * as sessionRoute from '../invalid-client-secret/server';
import { insecureContextMessage } from './use-secure-context';

/** What the support server answers, without a model. */
function answer(question: string): string {
  return question.toLowerCase().includes('refund') ? 'Refunds reach your card within 5 to 10 business days.' : 'I can help with refunds and deliveries.';
}

const chatkitServer: ChatKitServerConfig = { url: '/chatkit', reply: answer, streamChunkDelayMs: 30 };

const greeting = 'How can we help?';
const question = 'How long do refunds take?';
const chatkit = 'POST /chatkit';
const sessionRequest = 'POST /api/chatkit/session';
/** How the devtools pane and Chrome's console show the widget's uncaught error. */
const uncaughtTypeError = 'Uncaught TypeError: crypto.randomUUID is not a function';

/** The app opened from another device on the network: plain HTTP to a LAN address, not a secure context. */
const lanAddress: WorldOverride = { pageHost: '192.168.1.20', browser: { secureContext: false } };

const hosted: WorldOverride = {
  ...lanAddress,
  mode: 'hosted',
  routes: { [sessionRequest]: sessionRoute.POST },
  env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
};

/** The widget failed as it started: no chat, no event, not even chatkit.error. */
const neverStarted: SettledClaim[] = [{ notSee: greeting }, { noEvent: 'chatkit.ready' }, { noEvent: 'chatkit.error' }];

export default defineScenario({
  world: { mode: 'custom-server', chatkitServer },
  variants: {
    'broken-lan-address': {
      kind: 'broken',
      label: 'Broken: opened at http://192.168.1.20',
      summary:
        'The app opened over plain HTTP at a LAN address, as from a phone on the same Wi-Fi. That is not a secure context, so crypto.randomUUID does not exist; the widget calls it as it starts, and the TypeError is uncaught. The chat stays blank and your ChatKit server is never called.',
      files: ['chat.tsx'],
      world: lanAddress,
      steps: [{ expect: [{ console: 'error', text: uncaughtTypeError }, { measure: 'setOptionsCalls', exactly: 1 }] }],
      settled: [...neverStarted, { request: chatkit, exactly: 0 }],
    },
    'detected-lan-address': {
      kind: 'broken',
      label: 'Detected: a check on isSecureContext',
      summary:
        'The same address, with a check: window.isSecureContext is false, so the page says what is wrong, in the page and in the console, and does not mount the chat at all.',
      files: ['checked-chat.tsx', 'use-secure-context.ts'],
      world: lanAddress,
      steps: [
        {
          expect: [
            { see: insecureContextMessage },
            { console: 'warn', text: insecureContextMessage },
            { request: chatkit, exactly: 0 },
          ],
        },
      ],
      settled: [{ noConsole: 'crypto.randomUUID' }, { measure: 'setOptionsCalls', exactly: 0 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: localhost or HTTPS',
      summary:
        'The same code on a secure origin (the sandbox’s own, as http://localhost or any HTTPS address would be). crypto.randomUUID exists, the widget starts, and the chat answers.',
      files: ['chat.tsx'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { see: greeting }] },
        { do: { send: question }, expect: [{ see: answer(question) }] },
      ],
      settled: [{ noConsole: 'crypto.randomUUID' }],
    },
    'fixed-checked': {
      kind: 'fixed',
      label: 'Fixed: with the check',
      summary: 'The code with the isSecureContext check on a secure origin: the check stays quiet and the chat answers.',
      files: ['checked-chat.tsx', 'use-secure-context.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { see: greeting }] },
        { do: { send: question }, expect: [{ see: answer(question) }] },
      ],
      settled: [{ noConsole: 'not a secure context' }],
    },
    'broken-hosted': {
      kind: 'broken',
      label: 'Broken: hosted mode, same address',
      summary:
        'Hosted mode (Agent Builder) at the same LAN address: the same uncaught TypeError, and in the simulator getClientSecret is never called, so your session route mints no session.',
      files: ['hosted-chat.tsx'],
      world: hosted,
      steps: [{ expect: [{ console: 'error', text: uncaughtTypeError }] }],
      settled: [...neverStarted, { request: sessionRequest, exactly: 0 }, { measure: 'sessionsMinted', exactly: 0 }],
    },
  },
});
