import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import { defineScenario } from '../../src/examples/scenario';
import * as wrongCallShape from './server.broken-call-shape';
import * as sessionRoute from './server';

const sessionRequest = 'POST /api/chatkit/session';
const sessions = 'POST https://api.openai.com/v1/chatkit/sessions';
const conversation = 'POST https://api.openai.com/v1/chatkit/conversation';

export default defineScenario({
  world: {
    mode: 'hosted',
    openai: { streamChunkDelayMs: 40, latencyMs: { sessions: 150 } },
    routes: { [sessionRequest]: sessionRoute.POST },
    env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
  },
  variants: {
    broken: {
      kind: 'broken',
      label: 'Broken: returns the whole JSON',
      summary:
        'getClientSecret resolves to the JSON object instead of its client_secret string, so the widget has no valid secret and OpenAI refuses its first request.',
      files: ['broken.tsx', 'server.ts', 'auth.ts'],
      exempt: ['unchecked-fetch-response'],
      steps: [
        {
          expect: [
            { request: sessionRequest, status: 200 },
            { request: conversation, status: 401 },
            { see: 'Invalid client_secret provided.' },
            { console: 'error', text: 'Invalid client_secret provided.' },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 1 }],
    },
    'broken-typed': {
      kind: 'broken',
      label: 'Broken: typed, caught by TypeScript',
      summary:
        'The same mistake with getClientSecret typed as returning the object: TypeScript refuses it at compile time. The @ts-expect-error line lets this sandbox run it anyway; the widget fails as in the first tab.',
      files: ['broken-typed.tsx', 'server.ts', 'auth.ts'],
      typeError: "Type 'Promise<{ client_secret: string; }>' is not assignable to type 'Promise<string>'.",
      steps: [
        {
          expect: [
            { request: sessionRequest, status: 200 },
            { request: conversation, status: 401 },
            { see: 'Invalid client_secret provided.' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }],
    },
    'broken-unchecked': {
      kind: 'broken',
      label: 'Broken: ignores the HTTP status',
      summary:
        "The workflow id belongs to another project, so the session route answers 404. The client never checks res.ok, hands ChatKit undefined, and the real cause is hidden behind 'Invalid client_secret'.",
      files: ['broken-unchecked.tsx', 'server.ts', 'auth.ts'],
      world: { env: { CHATKIT_WORKFLOW_ID: 'wf_from_another_project' } },
      exempt: ['unchecked-fetch-response'],
      steps: [
        {
          expect: [
            { request: sessions, status: 404 },
            { request: sessionRequest, status: 404 },
            { request: conversation, status: 401 },
            { see: 'Invalid client_secret provided.' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'sessionsMinted', exactly: 0 }],
    },
    'broken-call-shape': {
      kind: 'broken',
      label: 'Broken: sends user_id',
      summary:
        'The route sends { user_id } without a workflow. The Sessions API answers 400 "Unknown parameter"; the fixed client passes that message on, so the widget says exactly what is wrong.',
      files: ['fixed.tsx', 'server.broken-call-shape.ts', 'auth.ts'],
      world: { routes: { [sessionRequest]: wrongCallShape.POST } },
      steps: [
        {
          expect: [
            { request: sessions, status: 400 },
            { request: sessionRequest, status: 400 },
            { see: "Unknown parameter: 'user_id'." },
            { event: 'chatkit.error' },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'The route sends user and workflow.id; the client checks res.ok and returns the client_secret string. The chat starts and answers.',
      files: ['fixed.tsx', 'server.ts', 'auth.ts'],
      steps: [
        { expect: [{ request: sessionRequest, status: 200 }, { event: 'chatkit.ready' }] },
        {
          do: { send: 'Where is my order?' },
          expect: [{ event: 'chatkit.response.end' }, { see: 'This is a simulated reply from a mocked ChatKit backend' }],
        },
      ],
      settled: [
        { request: sessionRequest, status: 200, exactly: 1 },
        { measure: 'setOptionsCalls', exactly: 1 },
        { measure: 'chatkitHeight', exactly: 520 },
        { measure: 'liveIntervals', exactly: 0 },
      ],
    },
  },
});
