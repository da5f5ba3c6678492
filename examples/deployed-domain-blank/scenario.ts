import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../src/mock-openai';
import { defineScenario, type Step } from '../../src/examples/scenario';
import * as sessionRoute from './server';

/** Where the reader's app is deployed, and the key the mock allowlist gave that host. */
const production = 'app.example.com';
const productionKey = 'domain_pk_68f1c0a2b7d48190a3e5c9d1f07b2e6a04c8d3b1e9f5a7c2';
/** The variable as the production build was given it. */
const productionEnv = { NEXT_PUBLIC_CHATKIT_DOMAIN_KEY: productionKey };

const greeting = 'How can we help with your order?';
const verify = 'POST https://api.openai.com/v1/chatkit/domain_keys/verify';
const verifyHosted = 'POST https://api.openai.com/v1/chatkit/domain_keys/verify_hosted';
const sessionRequest = 'POST /api/chatkit/session';
const notAllowlisted = (host: string) => `Domain '${host}' is not in this organization's domain allowlist.`;

/** A refused domain: the chat shows for a moment, the check answers 401, the simulator logs it. */
function blanksAfter(check: string, message: string): Step[] {
  return [{ expect: [{ see: greeting }] }, { expect: [{ request: check, status: 401 }, { console: 'error', text: `[ChatKit] ${message}` }] }];
}

/** Then nothing: no chat, and neither ready nor error fires. */
const staysBlank = [{ notSee: greeting }, { noEvent: 'chatkit.ready' }, { noEvent: 'chatkit.error' }] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    pageHost: production,
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 30 },
    openai: {
      allowedDomains: [production],
      // Only so the chat can be seen before it goes: users report it vanishing after 1–2 seconds.
      latencyMs: { domainKeys: 1500 },
    },
  },
  variants: {
    'broken-not-allowlisted': {
      kind: 'broken',
      label: 'Broken: host not on the allowlist',
      summary:
        'Plays app.example.com, whose build has a domain key, but app.example.com is not on the organization’s domain allowlist. OpenAI refuses the host: the chat shows for a moment, then goes blank.',
      files: ['chat.tsx'],
      world: { env: productionEnv, openai: { allowedDomains: [] } },
      steps: blanksAfter(verify, notAllowlisted(production)),
      settled: [...staysBlank],
    },
    'broken-placeholder-key': {
      kind: 'broken',
      label: 'Broken: placeholder key in production',
      summary:
        'Plays app.example.com, which is on the allowlist, but the production build was made without NEXT_PUBLIC_CHATKIT_DOMAIN_KEY, so the fallback domain_pk_localhost_dev shipped. OpenAI refuses the key: the chat shows, then goes blank.',
      files: ['broken-placeholder-key.tsx'],
      world: { openai: { domainKeys: { [productionKey]: production } } },
      steps: blanksAfter(verify, 'Invalid domain key provided.'),
      settled: [...staysBlank],
    },
    'broken-preview-host': {
      kind: 'broken',
      label: 'Broken: preview deployment',
      summary:
        'Plays a preview deployment at feature-x.preview.example.com with the production key. Only app.example.com is on the allowlist and entries match exact hosts, so the preview is refused and goes blank.',
      files: ['chat.tsx'],
      world: { env: productionEnv, pageHost: 'feature-x.preview.example.com' },
      steps: blanksAfter(verify, notAllowlisted('feature-x.preview.example.com')),
      settled: [...staysBlank],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'Plays app.example.com, on the allowlist, with the build given the key the allowlist made for that host. The domain check passes, the chat stays and answers.',
      files: ['chat.tsx'],
      world: {
        env: productionEnv,
        // Here the mock also checks that the key is the one made for the host; a quick answer keeps
        // the tab's time to chatkit.ready short.
        openai: { domainKeys: { [productionKey]: production }, latencyMs: { domainKeys: 150 } },
      },
      steps: [
        { expect: [{ see: greeting }, { request: verify, status: 200 }, { event: 'chatkit.ready' }] },
        {
          do: { send: 'Where is my order?' },
          expect: [
            { request: 'POST /chatkit', status: 200 },
            { event: 'chatkit.response.end' },
            { see: 'This is a simulated reply from a mocked ChatKit backend' },
          ],
        },
      ],
      settled: [{ request: verify, status: 401, exactly: 0 }, { noEvent: 'chatkit.error' }],
    },
    'broken-hosted': {
      kind: 'broken',
      label: 'Broken: hosted mode, host not on the allowlist',
      summary:
        'Hosted mode (Agent Builder) on app.example.com, which is not on the allowlist. The session is created and the chat shows, then verify_hosted answers 401 and the chat goes blank.',
      files: ['hosted.tsx', 'server.ts', 'auth.ts'],
      world: {
        mode: 'hosted',
        chatkitServer: null,
        openai: { allowedDomains: [] },
        routes: { [sessionRequest]: sessionRoute.POST },
        env: { OPENAI_API_KEY: DEFAULT_API_KEY, CHATKIT_WORKFLOW_ID: DEFAULT_WORKFLOW_ID },
      },
      steps: [{ expect: [{ request: sessionRequest, status: 200 }] }, ...blanksAfter(verifyHosted, notAllowlisted(production))],
      settled: [...staysBlank, { measure: 'sessionsMinted', exactly: 1 }],
    },
  },
});
