import { defineScenario, type Step } from '../../src/examples/scenario';

const reply = 'This is a simulated reply from a mocked ChatKit backend';

/** What a working chat does: it loads once, and answers. */
const answers: Step[] = [
  { expect: [{ event: 'chatkit.ready' }, { measure: 'setOptionsCalls', exactly: 1 }] },
  {
    do: { send: 'Does the chat work after server rendering?' },
    expect: [{ request: 'POST /chatkit', status: 200 }, { event: 'chatkit.response.end' }, { see: reply }],
  },
];

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 30 },
  },
  variants: {
    'broken-mounted-guard': {
      kind: 'broken',
      label: 'Broken: mounted check before the hooks',
      summary:
        'A mounted flag makes the component render nothing on the server, which stops the server error, but it returns before useChatKit. Once mounted, the next render calls more hooks and React throws; the widget never gets its options. The sandbox runs React’s production build in the browser, so its message is error #310.',
      files: ['broken-mounted-guard.tsx'],
      // React's message differs by build (development: "Rendered more hooks than during the previous
      // render.", production: "Minified React error #310"), and the two test drivers run different builds,
      // so the claims are what both share: the crash, and a widget that never starts.
      steps: [
        {
          expect: [
            { see: 'The example crashed:' },
            { console: 'error', text: 'The example crashed while rendering: Error:' },
            { measure: 'setOptionsCalls', exactly: 0 },
          ],
        },
      ],
      settled: [{ noEvent: 'chatkit.ready' }, { measure: 'setOptionsCalls', exactly: 0 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: browser code in hooks',
      summary:
        'The chat renders on the server as an empty <openai-chatkit> element. It reads the page’s theme and waits for <openai-chatkit> only in the browser, in useSyncExternalStore and useEffect. It answers; switch the page to dark and the chat follows.',
      files: ['support-chat.tsx', 'page-theme.ts', 'chatkit-script.ts'],
      steps: [
        ...answers,
        { do: { pageTheme: 'dark' }, expect: [{ measure: 'setOptionsCalls', exactly: 2 }, { measure: 'widgetLightness', atMost: 30 }] },
      ],
      settled: [{ see: reply }, { measure: 'setOptionsCalls', exactly: 2 }, { notSee: 'The chat could not load' }],
    },
    'fixed-client-only': {
      kind: 'fixed',
      label: 'Fixed: chat only in the browser',
      summary:
        'ThemedChat reads the page’s theme while rendering, so on its own it fails on the server. page.tsx renders it inside <ClientOnly>: the server sends “Loading the chat…”, and the browser renders the chat once it has hydrated the page.',
      files: ['page.tsx', 'client-only.tsx', 'themed-chat.tsx'],
      steps: answers,
      settled: [{ see: reply }, { notSee: 'Loading the chat…' }, { measure: 'setOptionsCalls', exactly: 1 }],
    },
  },
});
