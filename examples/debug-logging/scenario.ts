import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import { defineScenario } from '../../src/examples/scenario';
import * as sessionRoute from '../invalid-client-secret/server';

const sessionRequest = 'POST /api/chatkit/session';
const reply = 'This is a simulated reply from a mocked ChatKit backend';
/** What the reader turns on in the browser console; the sandbox's page has it set. */
const debugOn = { localStorage: { 'chatkit:debug': '1' } };
/** Every client secret the mock API mints starts so; none may reach the console. */
const secretPrefix = 'ek_';

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 20 },
    routes: { [sessionRequest]: sessionRoute.POST },
    env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
    browser: debugOn,
  },
  variants: {
    fixed: {
      kind: 'fixed',
      label: 'Fixed: debug logging',
      summary:
        'Custom server. With localStorage chatkit:debug set to 1, every answer from your ChatKit server is logged with its status, content type and time, and so are ChatKit’s events; no message body is logged.',
      files: ['fixed.tsx', 'debug.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { console: 'debug', text: '[chatkit] ready' }, { console: 'debug', text: '"url":"/chatkit","status":200,"type":"application/json' }] },
        {
          do: { send: 'Where is my order?' },
          expect: [
            { see: reply },
            { console: 'debug', text: '"type":"text/event-stream' },
            { console: 'debug', text: '[chatkit] response end' },
            { console: 'debug', text: '[chatkit] thread:' },
          ],
        },
      ],
      settled: [{ noConsole: 'Where is my order?' }],
    },
    'broken-guide': {
      kind: 'broken',
      label: 'Broken: the guide’s debug code (hosted)',
      summary:
        'Hosted. The debug code that circulates in guides logs the whole session response, client secret included, then returns data from outside the block that declared it: TypeScript refuses it, and in JavaScript getClientSecret throws ReferenceError: data is not defined.',
      files: ['broken-guide.tsx'],
      world: { mode: 'hosted', chatkitServer: null },
      typeError: "Cannot find name 'data'.",
      exempt: ['unchecked-fetch-response'],
      steps: [
        {
          expect: [
            { request: sessionRequest, status: 200 },
            { console: 'log', text: `"client_secret":"${secretPrefix}` },
            { console: 'error', text: 'data is not defined' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Fixed: debug logging (hosted)',
      summary:
        'Hosted. The session route’s status and time are logged, and whether the answer has a client_secret, never the secret itself; the body is read once, outside any condition.',
      files: ['fixed-hosted.tsx', 'debug.ts'],
      world: { mode: 'hosted', chatkitServer: null },
      steps: [
        { expect: [{ event: 'chatkit.ready' }, { console: 'debug', text: '"hasClientSecret":true' }, { console: 'debug', text: '[chatkit] getClientSecret: first call' }] },
        { do: { send: 'Where is my order?' }, expect: [{ see: reply }, { console: 'debug', text: '[chatkit] response end' }] },
      ],
      settled: [{ noConsole: secretPrefix }],
    },
  },
});
