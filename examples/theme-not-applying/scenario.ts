import type { SettledClaim } from '../../src/examples/claims';
import { defineScenario, type Step } from '../../src/examples/scenario';

const header = 'InvalidFrameParamsError: Invalid frame params: ChatKit.create():';
const reply = 'This is a simulated reply from a mocked ChatKit backend';
const light = { measure: 'widgetLightness', atLeast: 70 } as const;
const dark = { measure: 'widgetLightness', atMost: 30 } as const;

/** Broken tabs whose widget loads: light with the page, and still light once the page is dark. */
function staysLight(afterDark: Step['expect'] = []): Step[] {
  return [
    { expect: [{ event: 'chatkit.ready' }, light] },
    { do: { pageTheme: 'dark' }, expect: [light, ...afterDark] },
  ];
}

/** Broken tabs whose options the widget refuses: the bindings' setOptions throws, and the component crashes. */
function crashesWith(issue: string): Step[] {
  return [{ expect: [{ see: header }, { see: issue }, { console: 'error', text: header }, { measure: 'setOptionsCalls', exactly: 1 }] }];
}

const neverStarts: SettledClaim[] = [{ noEvent: 'chatkit.ready' }, { measure: 'setOptionsCalls', exactly: 1 }];

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 30 },
  },
  variants: {
    'broken-prop': {
      kind: 'broken',
      label: 'Broken: theme on <ChatKit>',
      summary:
        'theme is passed to <ChatKit>, which hands it to the <openai-chatkit> element as an attribute. The widget never sees it: switch the page to dark and the chat stays light, with no new setOptions call.',
      files: ['broken-prop.tsx', 'use-page-theme.ts'],
      typeError: "Property 'theme' does not exist on type 'IntrinsicAttributes & ChatKitProps & RefAttributes<OpenAIChatKit>'.",
      steps: staysLight(),
      settled: [light, { measure: 'setOptionsCalls', exactly: 1 }],
    },
    'broken-host-css': {
      kind: 'broken',
      label: 'Broken: host CSS',
      summary:
        'The site’s dark-mode rules style <openai-chatkit> and everything the page puts inside it. The widget’s UI is out of their reach: switch the page to dark and the chat stays light.',
      files: ['broken-host-css.tsx'],
      steps: staysLight(),
      settled: [light, { measure: 'setOptionsCalls', exactly: 1 }],
    },
    'broken-system': {
      kind: 'broken',
      label: "Broken: colorScheme 'system'",
      summary:
        'colorScheme is only ever light or dark. TypeScript refuses system; the sandbox’s widget refuses it too, and the component crashes.',
      files: ['broken-system.tsx'],
      typeError: 'Type \'"system"\' is not assignable to type \'ColorScheme | undefined\'.',
      steps: crashesWith('✖ Invalid input → at theme.colorScheme'),
      settled: neverStarts,
    },
    'broken-accent-string': {
      kind: 'broken',
      label: 'Broken: accent as a color',
      summary:
        'color.accent is given as a color string instead of { primary, level }. TypeScript refuses it; the sandbox’s widget refuses it too, and the component crashes.',
      files: ['broken-accent-string.tsx'],
      typeError: "Type 'string' is not assignable to type 'AccentColor'.",
      steps: crashesWith('✖ Invalid input: expected object, received string → at theme.color.accent'),
      settled: neverStarts,
    },
    'broken-accent-no-level': {
      kind: 'broken',
      label: 'Broken: accent without level',
      summary:
        'color.accent has primary but no level, as in many copied snippets. TypeScript refuses it; the sandbox’s widget refuses it too, and the component crashes.',
      files: ['broken-accent-no-level.tsx'],
      typeError: "Property 'level' is missing in type '{ primary: string; }' but required in type 'AccentColor'.",
      steps: crashesWith('✖ Invalid input → at theme.color.accent.level'),
      settled: neverStarts,
    },
    'broken-set-options': {
      kind: 'broken',
      label: 'Broken: setOptions({ theme })',
      summary:
        'On a theme switch, the component calls the element’s setOptions with theme alone. setOptions replaces every option, so this one has no api: the sandbox’s widget refuses it, and the chat stays light.',
      files: ['broken-set-options.tsx'],
      typeError: "Property 'api' is missing in type '{ theme: ThemeOption; }' but required in type 'ChatKitOptions'.",
      steps: staysLight([{ console: 'error', text: header }, { console: 'error', text: '✖ Invalid input' }, { measure: 'setOptionsCalls', exactly: 2 }]),
      settled: [light, { see: 'Ask us about your order' }, { measure: 'setOptionsCalls', exactly: 2 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'theme goes to useChatKit, with a colorScheme that follows the page’s data-theme. Switch the page to dark: the bindings call setOptions again with all the options, and the chat turns dark and still answers.',
      files: ['fixed.tsx', 'use-page-theme.ts'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }, light, { measure: 'setOptionsCalls', exactly: 1 }] },
        { do: { pageTheme: 'dark' }, expect: [dark, { measure: 'setOptionsCalls', exactly: 2 }] },
        {
          do: { send: 'Does the chat follow dark mode?' },
          expect: [{ request: 'POST /chatkit', status: 200 }, { event: 'chatkit.response.end' }, { see: reply }],
        },
        { do: { pageTheme: 'light' }, expect: [light, { measure: 'setOptionsCalls', exactly: 3 }] },
      ],
      settled: [light, { see: reply }, { measure: 'setOptionsCalls', exactly: 3 }],
    },
  },
});
