import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, type ChatKitScript } from '../../src/mock-openai';
import { defineScenario, type Step } from '../../src/examples/scenario';
import * as sessionRoute from './server';

const refundQuestion = 'How long do refunds take?';
const refundAnswer = 'Refunds reach your card within 5 to 10 business days.';
const addressQuestion = 'Can I change my delivery address?';
const addressAnswer = 'You can change the delivery address until the order ships.';

/**
 * The support agent, without a model: what the Agent Builder workflow answers in the hosted tab, and
 * what the same agent, exported to the Agents SDK and run by your ChatKit server, answers in the
 * others. One script for both backends, so both tabs hold the same chat.
 */
const supportAgent: ChatKitScript = {
  respond(turn) {
    const question = turn.kind === 'user_message' ? turn.text.toLowerCase() : '';
    if (question.includes('refund')) return [{ type: 'text', text: refundAnswer }];
    if (question.includes('address')) return [{ type: 'text', text: addressAnswer }];
    return [{ type: 'text', text: 'I can help with orders and refunds.' }];
  },
};

const chatkit = 'POST /chatkit';
const sessionRequest = 'POST /api/chatkit/session';
const conversation = 'POST https://api.openai.com/v1/chatkit/conversation';

const header = 'InvalidFrameParamsError: Invalid frame params: ChatKit.create():';

/** What a tab with options ChatKit refuses shows on load: setOptions throws, and the component crashes. */
function crashesWith(issue: string): Step[] {
  return [{ expect: [{ see: header }, { see: issue }, { console: 'error', text: header }] }];
}

const neverStarts = [
  { noEvent: 'chatkit.ready' },
  { measure: 'setOptionsCalls', exactly: 1 },
  { request: chatkit, status: 200, exactly: 0 },
] as const;

const migrated = ['auth-client.ts'] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    // The hosted tab's workflow and the custom-server tabs' server answer with the same agent.
    openai: { script: supportAgent, streamChunkDelayMs: 30 },
    chatkitServer: {
      url: '/chatkit',
      script: supportAgent,
      streamChunkDelayMs: 30,
      requireHeader: { name: 'authorization', value: 'Bearer demo-user-token' },
    },
  },
  variants: {
    fixed: {
      kind: 'fixed',
      label: 'After: your ChatKit server',
      summary:
        'The migrated component: api is { url, domainKey, fetch, uploadStrategy }, and fetch adds the user’s token. Your ChatKit server at /chatkit answers; OpenAI mints no session and runs no conversation.',
      files: ['chat.tsx', ...migrated],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: refundQuestion },
          expect: [{ see: refundAnswer }, { request: chatkit, status: 200 }, { event: 'chatkit.response.end', exactly: 1 }],
        },
        { do: { send: addressQuestion }, expect: [{ see: addressAnswer }, { event: 'chatkit.response.end', exactly: 2 }] },
      ],
      settled: [
        { request: chatkit, status: 401, exactly: 0 },
        { request: conversation, status: 200, exactly: 0 },
        { measure: 'sessionsMinted', exactly: 0 },
      ],
    },
    'fixed-hosted': {
      kind: 'fixed',
      label: 'Before: hosted (Agent Builder)',
      summary:
        'The same chat before the move: getClientSecret asks your session route (server.ts) for a client secret for the Agent Builder workflow, and OpenAI’s ChatKit API answers. Same questions, same answers.',
      files: ['chat-hosted.tsx', 'server.ts', 'auth.ts'],
      world: {
        mode: 'hosted',
        chatkitServer: null,
        routes: { [sessionRequest]: sessionRoute.POST },
        env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
      },
      steps: [
        { expect: [{ request: sessionRequest, status: 200 }, { event: 'chatkit.ready' }] },
        {
          do: { send: refundQuestion },
          expect: [{ see: refundAnswer }, { request: conversation, status: 200 }, { event: 'chatkit.response.end', exactly: 1 }],
        },
        { do: { send: addressQuestion }, expect: [{ see: addressAnswer }, { event: 'chatkit.response.end', exactly: 2 }] },
      ],
      settled: [
        { request: chatkit, status: 200, exactly: 0 },
        { measure: 'sessionsMinted', exactly: 1 },
      ],
    },
    'broken-no-domain-key': {
      kind: 'broken',
      label: 'Broken: url without domainKey',
      summary:
        'getClientSecret became url, but no domainKey came with it, so api matches neither shape. setOptions throws “✖ Invalid input → at api”, the component crashes and the chat never starts.',
      files: ['broken-no-domain-key.tsx', ...migrated],
      typeError:
        "Property 'domainKey' is missing in type '{ url: string; fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>; uploadStrategy: { type: \"two_phase\"; }; }' but required in type 'CustomApiConfig'.",
      steps: crashesWith('✖ Invalid input → at api'),
      settled: [...neverStarts],
    },
    'broken-client-secret-left': {
      kind: 'broken',
      label: 'Broken: getClientSecret left in',
      summary:
        'Every custom-server key is there, but getClientSecret stayed beside them. TypeScript accepts it; the widget refuses it with the same “✖ Invalid input → at api”.',
      files: ['broken-client-secret-left.tsx', ...migrated],
      steps: crashesWith('✖ Invalid input → at api'),
      settled: [...neverStarts],
    },
    'broken-upload-strategy': {
      kind: 'broken',
      label: 'Broken: uploadStrategy under attachments',
      summary:
        'Uploads moved from the session to the client, but uploadStrategy went under composer.attachments, where it is an unknown key. The message names the key and where it is.',
      files: ['broken-upload-strategy.tsx', ...migrated],
      typeError:
        "Object literal may only specify known properties, and 'uploadStrategy' does not exist in type '{ enabled: boolean; maxSize?: number | Record<string, number>; maxCount?: number; accept?: Record<string, string[]>; }'.",
      steps: crashesWith('✖ Unrecognized key: "uploadStrategy" → at composer.attachments'),
      settled: [...neverStarts],
    },
    'broken-spread-init': {
      kind: 'broken',
      label: 'Broken: ...init replaces the headers',
      summary:
        'api.fetch sets Authorization, then spreads ChatKit’s init after it, so init.headers replaces the whole headers object. The token never leaves the page: your server answers the widget’s first request with 401 and the chat never starts.',
      files: ['broken-spread-init.tsx', ...migrated],
      steps: [{ expect: [{ request: chatkit, status: 401 }, { see: 'Unauthorized' }, { event: 'chatkit.error' }] }],
      settled: [{ noEvent: 'chatkit.ready' }, { request: chatkit, status: 200, exactly: 0 }],
    },
  },
});
