import { SENTINEL_BLOCKED_TEXT, SENTINEL_FRAME_URL } from '../../src/chatkit-sim/embedder-policy';
import type { SettledClaim, StepClaim } from '../../src/examples/claims';
import { defineScenario } from '../../src/examples/scenario';
import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import * as sessionRoute from '../invalid-client-secret/server';

const greeting = 'How can we help with your order?';
const sessionRequest = 'POST /api/chatkit/session';

/** The sentinel frame is blocked: its request fails and the console says why. */
const sentinelBlocked: StepClaim[] = [
  { request: `GET ${SENTINEL_FRAME_URL}`, status: 'failed' },
  { console: 'error', text: SENTINEL_BLOCKED_TEXT },
];

/** Then the widget never loads: no start screen, no chatkit.ready, and it asks the backend for nothing. */
const neverLoads = (firstRequest: string): SettledClaim[] => [
  { notSee: greeting },
  { noEvent: 'chatkit.ready' },
  { request: firstRequest, exactly: 0 },
];

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 30 },
  },
  variants: {
    'broken-require-corp': {
      kind: 'broken',
      label: 'Broken: COEP require-corp on every page',
      summary:
        'next.config.ts sends Cross-Origin-Embedder-Policy: require-corp with every page, the chat’s too, which the sandbox plays. The sentinel frame inside ChatKit’s frame is blocked, and the widget never loads.',
      files: ['chat.tsx', 'broken-next.config.ts'],
      world: { browser: { embedderPolicy: 'require-corp' } },
      steps: [{ expect: sentinelBlocked }],
      settled: neverLoads('POST /chatkit'),
    },
    'broken-credentialless': {
      kind: 'broken',
      label: 'Broken: COEP credentialless',
      summary:
        'The same, with credentialless instead of require-corp, as Chrome’s Issues panel suggests. That value relaxes images and scripts, not frames, which still need a CORP header (MDN, the Fetch standard), so the sandbox plays the sentinel frame blocked again; no report has tried it.',
      files: ['chat.tsx', 'credentialless-next.config.ts'],
      world: { browser: { embedderPolicy: 'credentialless' } },
      steps: [{ expect: sentinelBlocked }],
      settled: neverLoads('POST /chatkit'),
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: no COEP on the chat’s page',
      summary:
        'next.config.ts keeps cross-origin isolation for /editor, where SharedArrayBuffer is used, and sends no COEP with /support, the chat’s page, which the sandbox plays. The widget loads and answers.',
      files: ['chat.tsx', 'next.config.ts'],
      steps: [
        { expect: [{ see: greeting }, { event: 'chatkit.ready' }] },
        {
          do: { send: 'Where is my order?' },
          expect: [
            { request: 'POST /chatkit', status: 200 },
            { event: 'chatkit.response.end' },
            { see: 'This is a simulated reply from a mocked ChatKit backend' },
          ],
        },
      ],
      settled: [{ noConsole: SENTINEL_BLOCKED_TEXT }, { noEvent: 'chatkit.error' }],
    },
    'broken-hosted': {
      kind: 'broken',
      label: 'Broken: hosted mode, COEP require-corp',
      summary:
        'Hosted mode (Agent Builder) on the same page headers. The session is created, then the sentinel frame is blocked and the widget never loads, as in custom-server mode.',
      files: ['hosted.tsx', 'broken-next.config.ts'],
      world: {
        mode: 'hosted',
        chatkitServer: null,
        browser: { embedderPolicy: 'require-corp' },
        routes: { [sessionRequest]: sessionRoute.POST },
        env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
      },
      steps: [{ expect: [{ request: sessionRequest, status: 200 }, ...sentinelBlocked] }],
      settled: neverLoads('POST https://api.openai.com/v1/chatkit/conversation'),
    },
  },
});
