import { describe, expect, it, vi } from 'vitest';
import { defineChatKitSimulator, SimulatedChatKit } from '../../../src/chatkit-sim/index';
import { styles } from '../../../src/chatkit-sim/styles';
import { resolveTheme } from '../../../src/chatkit-sim/theme';
import { button, eventNames, hostedApi, labelled, mountChatKit, recordEvents, shadow, useMswServer, visibleText } from './helpers';

const server = useMswServer();
const getClientSecret = async () => 'ek_one';

async function readyWidget(options: Parameters<typeof mountChatKit>[0]) {
  server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
  const element = mountChatKit(options);
  const events = recordEvents(element);
  await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
  return element;
}

function root(element: HTMLElement): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>('.ck');
  if (!found) throw new Error('no widget root');
  return found;
}

describe('defineChatKitSimulator', () => {
  it('defines <openai-chatkit> once and leaves an existing definition alone', () => {
    defineChatKitSimulator();
    defineChatKitSimulator();
    expect(customElements.get('openai-chatkit')).toBe(SimulatedChatKit);
    expect(document.createElement('openai-chatkit')).toBeInstanceOf(SimulatedChatKit);
  });

  it('does not start loading before the element is in the document', async () => {
    const calls: (string | null)[] = [];
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
    defineChatKitSimulator();
    const element = document.createElement('openai-chatkit') as SimulatedChatKit;
    const events = recordEvents(element);
    element.setOptions({ api: { getClientSecret: async (current) => (calls.push(current), 'ek_one') } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    document.body.append(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    expect(calls).toEqual([null]);
  });
});

describe('methods before setOptions', () => {
  it('reject, except focusComposer', async () => {
    defineChatKitSimulator();
    const element = document.createElement('openai-chatkit') as SimulatedChatKit;
    await expect(element.sendUserMessage({ text: 'x' })).rejects.toThrow(/setOptions/);
    await expect(element.showHistory()).rejects.toThrow(/setOptions/);
    await expect(element.focusComposer()).resolves.toBeUndefined();
  });
});

describe('setOptions', () => {
  it('uses the latest getClientSecret for a refresh, and keeps the mode of the first call', async () => {
    const expired: string[] = [];
    const api = hostedApi({ validSecrets: ['ek_old', 'ek_new'], expiredSecrets: expired });
    server.use(...api.handlers);
    const first = vi.fn(async () => 'ek_old');
    const second = vi.fn(async () => 'ek_new');
    const element = mountChatKit({ api: { getClientSecret: first } });
    const events = recordEvents(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));

    element.setOptions({ api: { getClientSecret: second } });
    expired.push('ek_old');
    await element.sendUserMessage({ text: 'after expiry' });
    expect(first.mock.calls).toEqual([[null]]);
    expect(second.mock.calls).toEqual([['ek_old']]);

    element.setOptions({ api: { url: 'https://support.example.test/chatkit', domainKey: 'k' } });
    await element.sendUserMessage({ text: 'still hosted' });
    expect(api.requests.at(-1)?.url).toBe('https://api.openai.com/v1/chatkit/conversation');
    expect(api.requests.at(-1)?.body.type).toBe('threads.add_user_message');
  });

  it('replaces all options instead of merging them', async () => {
    const element = await readyWidget({
      api: { getClientSecret },
      startScreen: { greeting: 'Welcome back' },
      composer: { placeholder: 'Ask support' },
      header: { title: { text: 'Support' } },
      theme: { colorScheme: 'dark', radius: 'sharp' },
    });
    const textarea = labelled<HTMLTextAreaElement>(element, 'Message');
    expect(visibleText(element)).toContain('Welcome back');
    expect(visibleText(element)).toContain('Support');
    expect(textarea.placeholder).toBe('Ask support');
    expect(root(element).dataset['colorScheme']).toBe('dark');

    element.setOptions({ api: { getClientSecret }, theme: 'light' });
    expect(visibleText(element)).not.toContain('Welcome back');
    expect(visibleText(element)).toContain('What can I help with today?');
    expect(visibleText(element)).not.toContain('Support');
    expect(textarea.placeholder).toBe('Message the AI');
    expect(root(element).dataset['colorScheme']).toBe('light');
    expect(root(element).style.getPropertyValue('--ck-radius')).toBe('999px');
  });
});

describe('theme', () => {
  it('applies every ThemeOption lever as a CSS variable on the root inside the shadow root', async () => {
    const element = await readyWidget({
      api: { getClientSecret },
      theme: {
        colorScheme: 'dark',
        radius: 'soft',
        density: 'compact',
        typography: { baseSize: 18, fontFamily: '"Inter", sans-serif', fontFamilyMono: 'Menlo' },
        color: {
          accent: { primary: '#ff5500', level: 2 },
          surface: { background: '#101820', foreground: '#fafafa' },
          grayscale: { hue: 220, tint: 4, shade: -2 },
        },
      },
    });
    const style = root(element).style;
    expect(root(element).dataset['colorScheme']).toBe('dark');
    expect(
      Object.fromEntries(
        ['--ck-accent', '--ck-accent-level', '--ck-surface-background', '--ck-surface-foreground', '--ck-radius', '--ck-space', '--ck-font-size', '--ck-font-family', '--ck-font-family-mono', '--ck-gray-hue', '--ck-gray-tint', '--ck-gray-shade'].map(
          (name) => [name, style.getPropertyValue(name)],
        ),
      ),
    ).toEqual({
      '--ck-accent': '#ff5500',
      '--ck-accent-level': '2',
      '--ck-surface-background': '#101820',
      '--ck-surface-foreground': '#fafafa',
      '--ck-radius': '8px',
      '--ck-space': '6px',
      '--ck-font-size': '18px',
      '--ck-font-family': '"Inter", sans-serif',
      '--ck-font-family-mono': 'Menlo',
      '--ck-gray-hue': '220',
      '--ck-gray-tint': '4',
      '--ck-gray-shade': '-2',
    });
  });

  it('takes a bare color scheme string, and defaults to light', () => {
    expect(resolveTheme('dark').colorScheme).toBe('dark');
    expect(resolveTheme('dark').variables['--ck-surface-background']).toBe('#212121');
    expect(resolveTheme(undefined).colorScheme).toBe('light');
    expect(resolveTheme(undefined).variables['--ck-surface-background']).toBe('#ffffff');
  });

  it('sets nothing on the host element, where page CSS could see it', async () => {
    const element = await readyWidget({ api: { getClientSecret }, theme: 'dark' });
    expect(element.getAttribute('style')).toBe('display: block; height: 600px;');
    expect(element.attributes).toHaveLength(1);
  });
});

describe('the UI', () => {
  it('lives in an open shadow root, with a visible "Simulated ChatKit" badge that says what it is', async () => {
    const element = await readyWidget({ api: { getClientSecret } });
    expect(element.shadowRoot).not.toBeNull();
    const badge = shadow(element).querySelector<HTMLElement>('.ck-badge');
    expect(badge?.textContent).toBe('Simulated ChatKit');
    expect(badge?.title).toMatch(/local stand-in for OpenAI's ChatKit widget.*not OpenAI's widget/);
    expect(badge?.getAttribute('aria-label')).toBe(badge?.title);
  });

  it('labels its controls and names the region after frameTitle', async () => {
    const element = await readyWidget({ api: { getClientSecret }, frameTitle: 'Support chat', composer: { attachments: { enabled: true } } });
    expect(labelled(element, 'Message').tagName).toBe('TEXTAREA');
    expect(labelled<HTMLInputElement>(element, 'Attach files').type).toBe('file');
    expect(button(element, 'Send').type).toBe('submit');
    expect(root(element).getAttribute('role')).toBe('region');
    expect(root(element).getAttribute('aria-label')).toBe('Support chat');
  });

  it('hides the header controls when header.enabled is false and the History button when history is off', async () => {
    const element = await readyWidget({ api: { getClientSecret }, header: { enabled: false }, history: { enabled: false } });
    expect(button(element, 'History').hidden).toBe(true);
    expect(button(element, 'New chat').hidden).toBe(true);
    expect(visibleText(element)).toContain('Simulated ChatKit');
  });

  it('shows a disclaimer under the composer', async () => {
    const element = await readyWidget({ api: { getClientSecret }, disclaimer: { text: 'Answers may be wrong.' } });
    expect(visibleText(element)).toContain('Answers may be wrong.');
  });
});

describe('sizing', () => {
  it('gives the host no height or display of its own; the UI fills whatever box the host gets', () => {
    const hostRule = /:host\{([^}]*)\}/.exec(styles)?.[1] ?? '';
    expect(hostRule).toBe('position:relative');
    const rootRule = /\.ck\{([^}]*)\}/.exec(styles)?.[1] ?? '';
    expect(rootRule).toContain('position:absolute;inset:0;overflow:hidden');
  });
});
