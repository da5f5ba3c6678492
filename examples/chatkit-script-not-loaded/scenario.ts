import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitServerConfig } from '../../src/mock-openai';
import type { SettledClaim } from '../../src/examples/claims';
import { defineScenario, type PageBrowser } from '../../src/examples/scenario';
import * as sessionRoute from '../invalid-client-secret/server';

/** What the support server answers, without a model. */
function answer(question: string): string {
  return question.toLowerCase().includes('refund') ? 'Refunds reach your card within 5 to 10 business days.' : 'I can help with refunds and deliveries.';
}

const chatkitServer: ChatKitServerConfig = { url: '/chatkit', reply: answer, streamChunkDelayMs: 30 };

const greeting = 'How can we help?';
const question = 'How long do refunds take?';
const chatkit = 'POST /chatkit';
const sessionRequest = 'POST /api/chatkit/session';
const scriptUrl = 'https://cdn.platform.openai.com/deployments/chatkit/chatkit.js';
const scriptRequest = `GET ${scriptUrl}`;

/** What Chromium 156 prints for each block; the sandbox plays the block and prints the same. */
const cspError = `Loading the script '${scriptUrl}' violates the following Content Security Policy directive: "script-src 'self'". Note that 'script-src-elem' was not explicitly set, so 'script-src' is used as a fallback. The action has been blocked.`;
const blockedByClientError = `GET ${scriptUrl} net::ERR_BLOCKED_BY_CLIENT`;
/** The starter app's wording, which the detection code shows in the page's own UI. */
const unavailable = 'ChatKit web component is unavailable. Verify that the script URL is reachable.';

const missing: PageBrowser = { chatkitScript: 'missing' };
const blockedByCsp: PageBrowser = { chatkitScript: 'blocked-by-csp' };
const blockedByClient: PageBrowser = { chatkitScript: 'blocked-by-client' };

/**
 * Nothing defines <openai-chatkit>, so the bindings never hand it its options and nothing starts: no
 * chat, no event, not even an error event, no request.
 */
const staysEmpty: SettledClaim[] = [
  { notSee: greeting },
  { noEvent: 'chatkit.ready' },
  { noEvent: 'chatkit.error' },
  { request: chatkit, exactly: 0 },
  { measure: 'setOptionsCalls', exactly: 0 },
];

export default defineScenario({
  world: { mode: 'custom-server', chatkitServer },
  variants: {
    'broken-csp': {
      kind: 'broken',
      label: 'Broken: blocked by a CSP',
      summary:
        'The layout has the script tag, but the page’s Content-Security-Policy allows scripts from its own origin only. The sandbox plays that block: Chromium’s CSP error in the console, the script’s request failed, and nothing starts, as with no script at all.',
      files: ['chat.tsx', 'layout.tsx', 'csp-self-only.ts'],
      world: { browser: blockedByCsp },
      steps: [{ expect: [{ console: 'error', text: cspError }, { request: scriptRequest, status: 'failed' }] }],
      settled: staysEmpty,
    },
    'broken-no-script': {
      kind: 'broken',
      label: 'Broken: no script tag',
      summary:
        'The layout never loads chatkit.js, so <openai-chatkit> is never defined. <ChatKit> renders the element and waits for its definition: no options, no request to /chatkit, no event. The element keeps the 480 px you gave it, empty.',
      files: ['chat.tsx', 'layout-without-script.tsx'],
      world: { browser: missing },
      steps: [{ expect: [{ measure: 'chatkitHeight', exactly: 480 }] }],
      settled: staysEmpty,
    },
    'broken-ad-blocker': {
      kind: 'broken',
      label: 'Broken: blocked by an extension',
      summary:
        'The layout has the script tag, but an ad or privacy blocker in the browser refuses the request. The sandbox plays that block: net::ERR_BLOCKED_BY_CLIENT in the console, the script’s request failed, and nothing starts.',
      files: ['chat.tsx', 'layout.tsx'],
      world: { browser: blockedByClient },
      steps: [{ expect: [{ console: 'error', text: blockedByClientError }, { request: scriptRequest, status: 'failed' }] }],
      settled: staysEmpty,
    },
    'detected-blocked': {
      kind: 'broken',
      label: 'Blocked, but detected',
      summary:
        'The same blocked script, with a check: customElements.whenDefined raced against a 5-second timeout. The chat still cannot load, but after 5 seconds the page says so instead of showing an empty box.',
      files: ['detected-chat.tsx', 'use-chatkit-script.ts', 'layout.tsx'],
      world: { browser: blockedByClient },
      steps: [{ expect: [{ console: 'error', text: blockedByClientError }] }, { expect: [{ see: unavailable }] }],
      settled: staysEmpty,
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'The script tag in the layout’s <head> and a CSP that allows its host (shown, not run), with the same check. The sandbox plays the script as loaded: <ChatKit> hands the element its options, and the chat answers.',
      files: ['detected-chat.tsx', 'use-chatkit-script.ts', 'layout.tsx', 'csp.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { see: greeting }, { measure: 'setOptionsCalls', exactly: 1 }] },
        { do: { send: question }, expect: [{ see: answer(question) }] },
      ],
      settled: [{ noConsole: 'ERR_BLOCKED_BY_CLIENT' }, { noConsole: 'Content Security Policy' }],
    },
    'broken-hosted': {
      kind: 'broken',
      label: 'Broken: hosted mode, no script',
      summary:
        'Hosted mode (Agent Builder) without the script tag: ChatKit never calls getClientSecret, so your session route is never asked and no session is created.',
      files: ['hosted-chat.tsx', 'layout-without-script.tsx'],
      world: {
        mode: 'hosted',
        browser: missing,
        routes: { [sessionRequest]: sessionRoute.POST },
        env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
      },
      steps: [{ expect: [{ measure: 'sessionsMinted', exactly: 0 }] }],
      settled: [{ notSee: greeting }, { noEvent: 'chatkit.ready' }, { noEvent: 'chatkit.error' }, { request: sessionRequest, exactly: 0 }, { measure: 'setOptionsCalls', exactly: 0 }],
    },
  },
});
