import { defineScenario, type Step } from '../../src/examples/scenario';

/** What a broken tab shows on load: the component throws while rendering, and the sandbox's crash report shows the error. */
function crashesWith(message: string): Step[] {
  return [{ expect: [{ see: 'The example crashed:' }, { see: message }, { console: 'error', text: message }] }];
}

/** The widget never gets its options, so it never starts. */
const neverStarts = [{ noEvent: 'chatkit.ready' }, { measure: 'setOptionsCalls', exactly: 0 }] as const;

const reply = 'This is a simulated reply from a mocked ChatKit backend';

/** What a working chat does: it loads once, and answers. */
const answers: Step[] = [
  { expect: [{ event: 'chatkit.ready' }] },
  {
    do: { send: 'Where is my order?' },
    expect: [{ request: 'POST /chatkit', status: 200 }, { event: 'chatkit.response.end' }, { see: reply }],
  },
];

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 30 },
  },
  variants: {
    'broken-conditional-hook': {
      kind: 'broken',
      label: 'Broken: hook after an early return',
      summary:
        'The component returns a loading message before useChatKit while the user loads. The next render calls more hooks than the first, React throws, and the widget never gets its options. The sandbox runs React’s production build in the browser, so its message is error #310.',
      files: ['broken-conditional-hook.tsx', 'current-user.ts'],
      // React's message differs by build (development: "Rendered more hooks than during the previous
      // render.", production: "Minified React error #310"), and the two test drivers run different builds,
      // so the claims are what both share: the crash, and a widget that never starts.
      steps: [{ expect: [{ see: 'The example crashed:' }, { console: 'error', text: 'The example crashed while rendering: Error:' }, { measure: 'setOptionsCalls', exactly: 0 }] }],
      settled: [...neverStarts],
    },
    'broken-no-return': {
      kind: 'broken',
      label: 'Broken: wrapper hook returns nothing',
      summary:
        'A wrapper hook calls useChatKit but returns nothing, so the component reads control of undefined and crashes. TypeScript refuses it; plain JavaScript runs it.',
      files: ['broken-no-return.tsx'],
      typeError: "Property 'control' does not exist on type 'void'.",
      steps: crashesWith("TypeError: Cannot read properties of undefined (reading 'control')"),
      settled: [...neverStarts],
    },
    'broken-no-control': {
      kind: 'broken',
      label: 'Broken: <ChatKit> without control',
      summary:
        'useChatKit is called but its control is not passed to <ChatKit>, which reads control.options while rendering and crashes. TypeScript refuses it too.',
      files: ['broken-no-control.tsx'],
      typeError: "Property 'control' is missing in type '{ style: { display: \"block\"; height: number; }; }' but required in type 'ChatKitProps'.",
      steps: crashesWith("TypeError: Cannot read properties of undefined (reading 'options')"),
      settled: [...neverStarts],
    },
    'broken-method-before-mount': {
      kind: 'broken',
      label: 'Broken: method before <ChatKit> is mounted',
      summary:
        'An effect calls focusComposer on the first render, while the user is loading and <ChatKit> is not in the page yet. The bindings warn “ChatKit element is not mounted” and do nothing; the chat itself still works.',
      files: ['broken-method-before-mount.tsx', 'current-user.ts'],
      steps: [{ expect: [{ console: 'warn', text: 'ChatKit element is not mounted' }] }, ...answers],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: hooks first, hidden while loading',
      summary:
        'useChatKit runs on every render, before anything is returned; while the user loads, the widget is mounted but hidden with display: none. It loads once and answers.',
      files: ['fixed.tsx', 'current-user.ts'],
      steps: answers,
      settled: [{ measure: 'setOptionsCalls', exactly: 1 }],
    },
    'fixed-focus-on-ready': {
      kind: 'fixed',
      label: 'Fixed: focus from onReady',
      summary:
        'The same hooks; the loading message is returned after every hook, and focusComposer is called from onReady, which fires only once the widget is in the page and loaded.',
      files: ['fixed-focus-on-ready.tsx', 'current-user.ts'],
      steps: answers,
      settled: [{ measure: 'setOptionsCalls', exactly: 1 }],
    },
  },
});
