import type { ChatKitOptions } from '@openai/chatkit';
import { describe, expect, it } from 'vitest';
import { frameParamsMessage } from '../../../src/chatkit-sim/invalid-frame-params-error';
import { defineChatKitSimulator, InvalidFrameParamsError, type SimulatedChatKit } from '../../../src/chatkit-sim/index';
import { findOptionIssues } from '../../../src/chatkit-sim/validate-options';

const getClientSecret = async () => 'ek_test';
const custom = { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' };

/** What `setOptions` throws, for options a TypeScript reader could not even write. */
function thrownBy(options: unknown): unknown {
  defineChatKitSimulator();
  const element = document.createElement('openai-chatkit') as SimulatedChatKit;
  try {
    element.setOptions(options as ChatKitOptions);
  } catch (error) {
    return error;
  }
  return null;
}

describe('setOptions validation', () => {
  it.each([
    ['domainKey mixed into the hosted config', { api: { getClientSecret, domainKey: 'k' } }],
    ['url without domainKey', { api: { url: '/chatkit' } }],
    ['no api at all (setOptions with only a theme)', { theme: 'dark' }],
    ['both hosted and custom keys', { api: { getClientSecret, ...custom } }],
    ['an upload strategy that does not exist', { api: { ...custom, uploadStrategy: { type: 'hosted' } } }],
    ['a direct upload strategy without uploadUrl', { api: { ...custom, uploadStrategy: { type: 'direct' } } }],
    ['uploadStrategy with a hosted config', { api: { getClientSecret, uploadStrategy: { type: 'two_phase' } } }],
    ['getClientSecret that is not a function', { api: { getClientSecret: 'ek_test' } }],
    ['fetch that is not a function', { api: { ...custom, fetch: 'fetch' } }],
    ['a clientToken option that does not exist', { api: { clientToken: 'ek_test' } }],
  ])('throws InvalidFrameParamsError "Invalid input → at api" for %s', (_case, options) => {
    const error = thrownBy(options);
    expect(error).toBeInstanceOf(InvalidFrameParamsError);
    expect((error as Error).name).toBe('InvalidFrameParamsError');
    expect((error as Error).message).toBe('Invalid frame params: ChatKit.create():\n✖ Invalid input\n  → at api');
  });

  it('names an unknown key where it is: uploadStrategy under composer.attachments', () => {
    const error = thrownBy({ api: { getClientSecret }, composer: { attachments: { enabled: true, uploadStrategy: { type: 'two_phase' } } } });
    expect((error as Error).message).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Unrecognized key: "uploadStrategy"\n  → at composer.attachments',
    );
  });

  it('reports unknown top-level keys without a path, plural for several', () => {
    expect((thrownBy({ api: { getClientSecret }, onMessageSent: () => undefined }) as Error).message).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Unrecognized key: "onMessageSent"',
    );
    expect((thrownBy({ api: { getClientSecret }, clientSecret: 'x', user_id: 'u' }) as Error).message).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Unrecognized keys: "clientSecret", "user_id"',
    );
  });

  it('lists several problems, shallowest first', () => {
    expect((thrownBy({ api: { url: '/chatkit' }, theme: { colorScheme: 'dark', mode: 'x' }, extra: 1 }) as Error).message).toBe(
      [
        'Invalid frame params: ChatKit.create():',
        '✖ Unrecognized key: "extra"',
        '✖ Invalid input',
        '  → at api',
        '✖ Unrecognized key: "mode"',
        '  → at theme',
      ].join('\n'),
    );
  });

  it('says what it expected for a nested option of the wrong type, and for no options at all', () => {
    expect(findOptionIssues({ api: { getClientSecret }, composer: 'Ask me' })).toEqual([
      { message: 'Invalid input: expected object, received string', path: ['composer'] },
    ]);
    expect((thrownBy(undefined) as Error).message).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Invalid input: expected object, received undefined',
    );
  });

  it.each([
    ['hosted', { api: { getClientSecret } }],
    ['custom', { api: custom }],
    ['custom with fetch and a direct upload', { api: { ...custom, fetch, uploadStrategy: { type: 'direct', uploadUrl: '/upload' } } }],
    ['custom with two-phase uploads', { api: { ...custom, uploadStrategy: { type: 'two_phase' } } }],
    [
      'every documented top-level option',
      {
        api: { getClientSecret },
        locale: 'en',
        theme: { colorScheme: 'dark', radius: 'soft', density: 'compact', typography: { baseSize: 15 }, color: { accent: { primary: '#f00', level: 2 } } },
        frameTitle: 'Support',
        initialThread: null,
        onClientTool: () => ({}),
        header: { title: { text: 'Help' } },
        history: { enabled: false },
        startScreen: { greeting: 'Hi', prompts: [] },
        threadItemActions: { feedback: true },
        composer: { placeholder: 'Ask', attachments: { enabled: true, maxSize: 10, maxCount: 2, accept: { 'image/*': ['.png'] } } },
        disclaimer: { text: 'AI can be wrong.' },
        entities: {},
        commands: { enabled: false },
        widgets: {},
        thread: { autoScroll: true },
      },
    ],
  ])('accepts valid %s options', (_case, options) => {
    expect(findOptionIssues(options)).toEqual([]);
    expect(thrownBy(options)).toBeNull();
  });
});

describe('setOptions value checks', () => {
  const hosted = { getClientSecret };
  const message = (...lines: string[]) => ['Invalid frame params: ChatKit.create():', ...lines].join('\n');

  it.each([
    ['a radius that is not one of its words', { theme: { radius: 'large' } }, '✖ Invalid input', '  → at theme.radius'],
    ['a density that is not one of its words', { theme: { density: 'cozy' } }, '✖ Invalid input', '  → at theme.density'],
    ['colorScheme "system"', { theme: { colorScheme: 'system' } }, '✖ Invalid input', '  → at theme.colorScheme'],
    ['a bare theme word other than light or dark', { theme: 'system' }, '✖ Invalid input', '  → at theme'],
    ['an accent given as a colour string', { theme: { color: { accent: '#ff5500' } } }, '✖ Invalid input: expected object, received string', '  → at theme.color.accent'],
    ['an accent without its level', { theme: { color: { accent: { primary: '#ff5500' } } } }, '✖ Invalid input', '  → at theme.color.accent.level'],
    ['an accent level out of 0–3', { theme: { color: { accent: { primary: '#ff5500', level: 5 } } } }, '✖ Invalid input', '  → at theme.color.accent.level'],
    ['a base font size out of 14–18', { theme: { typography: { baseSize: 20 } } }, '✖ Invalid input', '  → at theme.typography.baseSize'],
    ['a grayscale tint out of 0–9', { theme: { color: { grayscale: { hue: 220, tint: 12 } } } }, '✖ Invalid input', '  → at theme.color.grayscale.tint'],
    ['a surface colour that is not a string', { theme: { color: { surface: { background: 0, foreground: '#fff' } } } }, '✖ Invalid input: expected string, received number', '  → at theme.color.surface.background'],
    ['maxSize as text', { composer: { attachments: { enabled: true, maxSize: '10MB' } } }, '✖ Invalid input: expected number, received string', '  → at composer.attachments.maxSize'],
    ['a per-MIME maxSize as text', { composer: { attachments: { enabled: true, maxSize: { 'image/*': '10MB' } } } }, '✖ Invalid input: expected number, received string', '  → at composer.attachments.maxSize["image/*"]'],
    ['maxCount as text', { composer: { attachments: { enabled: true, maxCount: '3' } } }, '✖ Invalid input: expected number, received string', '  → at composer.attachments.maxCount'],
    ['attachments without enabled', { composer: { attachments: { maxCount: 3 } } }, '✖ Invalid input: expected boolean, received undefined', '  → at composer.attachments.enabled'],
    ['accept with a bare extension', { composer: { attachments: { enabled: true, accept: { 'image/*': '.png' } } } }, '✖ Invalid input: expected array, received string', '  → at composer.attachments.accept["image/*"]'],
    ['a start-screen prompt without its prompt', { startScreen: { prompts: [{ label: 'Track an order' }] } }, '✖ Invalid input', '  → at startScreen.prompts[0].prompt'],
    ['onClientTool given as a map of tools', { onClientTool: { get_location: () => ({}) } }, '✖ Invalid input: expected function, received object', '  → at onClientTool'],
    ['widgets.onAction that is not a function', { widgets: { onAction: 'handle' } }, '✖ Invalid input: expected function, received string', '  → at widgets.onAction'],
    ['a disclaimer without text', { disclaimer: { highContrast: true } }, '✖ Invalid input: expected string, received undefined', '  → at disclaimer.text'],
    ['an initial thread that is not a string or null', { initialThread: 42 }, '✖ Invalid input', '  → at initialThread'],
    ['history.enabled as text', { history: { enabled: 'false' } }, '✖ Invalid input: expected boolean, received string', '  → at history.enabled'],
  ] as [string, Record<string, unknown>, string, string][])('refuses %s', (_case, options, problem, where) => {
    const error = thrownBy({ api: hosted, ...options });
    expect(error).toBeInstanceOf(InvalidFrameParamsError);
    expect((error as Error).message).toBe(message(problem, where));
  });

  it('refuses the upload strategy shapes the types do not allow, as an invalid api', () => {
    expect(findOptionIssues({ api: { ...custom, uploadStrategy: { type: 'direct', uploadUrl: 42 } } })).toEqual([{ message: 'Invalid input', path: ['api'] }]);
    expect(findOptionIssues({ api: { ...custom, uploadStrategy: 'two_phase' } })).toEqual([{ message: 'Invalid input', path: ['api'] }]);
  });

  it('accepts every value shape the types allow', () => {
    expect(
      findOptionIssues({
        api: { ...custom, uploadStrategy: { type: 'direct', uploadUrl: '/upload' } },
        theme: {
          colorScheme: 'light',
          radius: 'pill',
          density: 'spacious',
          typography: { baseSize: 18, fontFamily: 'Inter', fontSources: [{ family: 'Inter', src: '/inter.woff2', weight: 400, display: 'swap' }] },
          color: { grayscale: { hue: 220, tint: 9, shade: -4 }, accent: { primary: '#0f0', level: 0 }, surface: { background: '#000', foreground: '#fff' } },
        },
        initialThread: 'thr_1',
        header: { enabled: true, leftAction: { icon: 'sidebar-left', onClick: () => undefined }, title: { enabled: false } },
        startScreen: { prompts: [{ label: 'Tag', prompt: [{ type: 'input_tag', text: '@Order 7', id: 'order_7', data: {} }], icon: 'search' }] },
        composer: {
          attachments: { enabled: true, maxSize: { 'image/*': 1024, '*': 2048 }, maxCount: 1, accept: { 'application/pdf': ['.pdf'] } },
          tools: [{ id: 'search', label: 'Search', icon: 'search', pinned: true }],
          models: [{ id: 'fast', label: 'Fast', default: true }],
          dictation: { enabled: true },
        },
        widgets: { onAction: async () => undefined },
        entities: { onTagSearch: async () => [], showComposerMenu: true },
        commands: { enabled: true, onSearch: async () => [] },
        disclaimer: { text: 'AI can be wrong.', highContrast: true },
      }),
    ).toEqual([]);
  });
});

describe('frameParamsMessage', () => {
  it('prints array indexes in brackets', () => {
    expect(frameParamsMessage([{ message: 'Invalid input', path: ['composer', 'tools', '0', 'icon'] }])).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Invalid input\n  → at composer.tools[0].icon',
    );
  });

  it('quotes path segments that are not identifiers', () => {
    expect(frameParamsMessage([{ message: 'Invalid input', path: ['composer', 'attachments', 'maxSize', 'image/*'] }])).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Invalid input\n  → at composer.attachments.maxSize["image/*"]',
    );
  });
});
