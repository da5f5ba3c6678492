import { defineScenario, type Step } from '../../src/examples/scenario';

const header = 'InvalidFrameParamsError: Invalid frame params: ChatKit.create():';

/** What every broken tab shows on load: the bindings' setOptions throws, and the component crashes. */
function crashesWith(issue: string): Step[] {
  return [{ expect: [{ see: header }, { see: issue }, { console: 'error', text: header }] }];
}

const neverStarts = [{ noEvent: 'chatkit.ready' }, { measure: 'setOptionsCalls', exactly: 1 }] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: '/chatkit', streamChunkDelayMs: 30 },
  },
  variants: {
    'broken-no-domain-key': {
      kind: 'broken',
      label: 'Broken: url without domainKey',
      summary:
        'api has url but no domainKey, so it matches neither shape of api. setOptions throws “✖ Invalid input → at api” and the component crashes before any request.',
      files: ['broken-no-domain-key.tsx'],
      typeError:
        "Property 'domainKey' is missing in type '{ url: string; uploadStrategy: { type: \"two_phase\"; }; }' but required in type 'CustomApiConfig'.",
      steps: crashesWith('✖ Invalid input → at api'),
      settled: [...neverStarts],
    },
    'broken-mixed-shapes': {
      kind: 'broken',
      label: 'Broken: getClientSecret beside url',
      summary:
        'The custom-server keys are all there, but getClientSecret was left in from hosted mode. TypeScript accepts it; the widget refuses it with the same “✖ Invalid input → at api”.',
      files: ['broken-mixed-shapes.tsx'],
      steps: crashesWith('✖ Invalid input → at api'),
      settled: [...neverStarts],
    },
    'broken-hosted-domain-key': {
      kind: 'broken',
      label: 'Broken: domainKey in hosted mode',
      summary:
        'A hosted config with domainKey added: TypeScript accepts it, the widget refuses it (“✖ Invalid input → at api”) and never asks for a client secret.',
      files: ['broken-hosted-domain-key.tsx'],
      world: { mode: 'hosted', chatkitServer: null },
      steps: crashesWith('✖ Invalid input → at api'),
      settled: [...neverStarts],
    },
    'broken-upload-strategy': {
      kind: 'broken',
      label: 'Broken: uploadStrategy under attachments',
      summary:
        'api is right, but uploadStrategy sits under composer.attachments, where it is an unknown key. The message names the key and where it is.',
      files: ['broken-upload-strategy.tsx'],
      typeError:
        "Object literal may only specify known properties, and 'uploadStrategy' does not exist in type '{ enabled: boolean; maxSize?: number | Record<string, number>; maxCount?: number; accept?: Record<string, string[]>; }'.",
      steps: crashesWith('✖ Unrecognized key: "uploadStrategy" → at composer.attachments'),
      settled: [...neverStarts],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'Exactly one shape of api: url and domainKey (a placeholder works on localhost), with uploadStrategy beside them. The widget loads and answers.',
      files: ['fixed.tsx'],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: 'Can I attach a receipt?' },
          expect: [
            { request: 'POST /chatkit', status: 200 },
            { event: 'chatkit.response.end' },
            { see: 'This is a simulated reply from a mocked ChatKit backend' },
          ],
        },
      ],
      settled: [{ measure: 'setOptionsCalls', exactly: 1 }],
    },
  },
});
