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

describe('frameParamsMessage', () => {
  it('quotes path segments that are not identifiers', () => {
    expect(frameParamsMessage([{ message: 'Invalid input', path: ['composer', 'attachments', 'maxSize', 'image/*'] }])).toBe(
      'Invalid frame params: ChatKit.create():\n✖ Invalid input\n  → at composer.attachments.maxSize["image/*"]',
    );
  });
});
