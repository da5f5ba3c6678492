import { ChatKit, useChatKit, type UseChatKitOptions, type UseChatKitReturn } from '@openai/chatkit-react';
import { act, StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ChatKitRequest, WidgetCard } from '../../../src/chatkit-protocol/index';
import { button, eventStream, hostedApi, messages, replyEvents, silenceConsoleErrors, useMswServer, useReactRenderer, visibleText, widgetItem } from './helpers';

const server = useMswServer();
const render = useReactRenderer();

/** The real bindings: `useChatKit` plus `<ChatKit control>`, exposing the hook's methods to the test. */
function Chat({ options, expose }: { options: UseChatKitOptions; expose: (chatkit: UseChatKitReturn) => void }) {
  const chatkit = useChatKit(options);
  expose(chatkit);
  return <ChatKit control={chatkit.control} style={{ display: 'block', height: 600 }} />;
}


function handlers() {
  return {
    onReady: vi.fn(),
    onError: vi.fn(),
    onResponseStart: vi.fn(),
    onResponseEnd: vi.fn(),
    onThreadChange: vi.fn(),
    onThreadLoadStart: vi.fn(),
    onThreadLoadEnd: vi.fn(),
    onHistoryOpen: vi.fn(),
    onHistoryClose: vi.fn(),
    onToolChange: vi.fn(),
  };
}

describe('events through @openai/chatkit-react', () => {
  it('calls onReady with no detail, and the response and thread handlers with their details', async () => {
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
    const on = handlers();
    let chatkit: UseChatKitReturn | null = null;
    const element = await render(
      <Chat options={{ api: { getClientSecret: async () => 'ek_one' }, ...on }} expose={(value) => (chatkit = value)} />,
    );

    await vi.waitFor(() => expect(on.onReady).toHaveBeenCalledTimes(1));
    expect(on.onReady).toHaveBeenCalledWith(null);
    await act(() => chatkit!.sendUserMessage({ text: 'Where is my order?' }));

    expect(on.onResponseStart).toHaveBeenCalledWith(null);
    expect(on.onThreadChange).toHaveBeenCalledWith({ threadId: 'thr_1' });
    expect(on.onResponseEnd).toHaveBeenCalledWith(null);
    expect(on.onError).not.toHaveBeenCalled();
    expect(messages(element)).toEqual([
      { role: 'user', text: 'Where is my order?' },
      { role: 'assistant', text: 'Hello from the mock.' },
    ]);
  });

  it('calls onError with { error } when getClientSecret rejects', async () => {
    silenceConsoleErrors();
    const on = handlers();
    const failure = new Error('Session route answered 500');
    await render(<Chat options={{ api: { getClientSecret: () => Promise.reject(failure) }, ...on }} expose={() => undefined} />);

    await vi.waitFor(() => expect(on.onError).toHaveBeenCalledWith({ error: failure }));
    expect(on.onReady).not.toHaveBeenCalled();
  });

  it('calls the thread-load, history and tool handlers for the hook methods', async () => {
    server.use(...hostedApi({ validSecrets: ['ek_one'], answer: (request) => (request.type === 'threads.get_by_id' ? Response.json(savedThread) : undefined) }).handlers);
    const on = handlers();
    let chatkit: UseChatKitReturn | null = null;
    await render(<Chat options={{ api: { getClientSecret: async () => 'ek_one' }, ...on }} expose={(value) => (chatkit = value)} />);
    await vi.waitFor(() => expect(on.onReady).toHaveBeenCalled());

    await act(() => chatkit!.setThreadId('thr_saved'));
    await act(() => chatkit!.showHistory());
    await act(() => chatkit!.hideHistory());
    await act(() => chatkit!.setComposerValue({ selectedToolId: null }));

    expect(on.onThreadLoadStart).toHaveBeenCalledWith({ threadId: 'thr_saved' });
    expect(on.onThreadLoadEnd).toHaveBeenCalledWith({ threadId: 'thr_saved' });
    expect(on.onThreadChange).toHaveBeenCalledWith({ threadId: 'thr_saved' });
    expect(on.onHistoryOpen).toHaveBeenCalledWith(null);
    expect(on.onHistoryClose).toHaveBeenCalledWith(null);
    expect(on.onToolChange).toHaveBeenCalledWith({ toolId: null });
  });

  it('in StrictMode asks for one secret, and a theme change re-applies the full options without a new session', async () => {
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
    const getClientSecret = vi.fn(async () => 'ek_one');
    const onReady = vi.fn();
    let toggle: () => void = () => undefined;
    function ThemedChat() {
      const [scheme, setScheme] = useState<'light' | 'dark'>('light');
      toggle = () => setScheme('dark');
      return (
        <Chat
          options={{ api: { getClientSecret }, theme: { colorScheme: scheme }, startScreen: { greeting: 'Hi from support' }, onReady }}
          expose={() => undefined}
        />
      );
    }
    const element = await render(
      <StrictMode>
        <ThemedChat />
      </StrictMode>,
    );
    await vi.waitFor(() => expect(onReady).toHaveBeenCalled());

    await act(async () => toggle());
    expect(element.shadowRoot?.querySelector<HTMLElement>('.ck')?.dataset['colorScheme']).toBe('dark');
    expect(visibleText(element)).toContain('Hi from support');
    expect(getClientSecret.mock.calls).toEqual([[null]]);
  });
});

/** Counts what the bindings do to <openai-chatkit>: setOptions calls, and `chatkit.*` listeners not yet removed or aborted. */
function watchBindings() {
  const live = new Set<{ type: string; listener: EventListenerOrEventListenerObject }>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  vi.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
    add.call(this, type, listener, options);
    if (!(this instanceof Element) || this.localName !== 'openai-chatkit' || !type.startsWith('chatkit.') || !listener) return;
    const entry = { type, listener };
    live.add(entry);
    if (typeof options === 'object') options.signal?.addEventListener('abort', () => live.delete(entry));
  });
  vi.spyOn(EventTarget.prototype, 'removeEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
    remove.call(this, type, listener, options);
    for (const entry of live) if (entry.type === type && entry.listener === listener) live.delete(entry);
  });
  const setOptions = vi.spyOn(customElements.get('openai-chatkit')!.prototype as { setOptions: (options: unknown) => void }, 'setOptions');
  return { listeners: () => [...live].map((entry) => entry.type), setOptionsCalls: () => setOptions.mock.calls.length };
}

describe('what the bindings attach to the element', () => {
  it('one listener for every name in their event map, 13, however many handlers are passed', async () => {
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
    const watched = watchBindings();
    await render(<Chat options={{ api: { getClientSecret: async () => 'ek_one' } }} expose={() => undefined} />);
    const withNoHandlers = watched.listeners();
    expect(withNoHandlers).toHaveLength(13);
    expect(new Set(withNoHandlers).size).toBe(13);
    expect(watched.setOptionsCalls()).toBe(1);
  });

  it('in StrictMode: setOptions twice, the listeners added, aborted and added again, 13 in the end', async () => {
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
    const watched = watchBindings();
    await render(
      <StrictMode>
        <Chat options={{ api: { getClientSecret: async () => 'ek_one' }, ...handlers() }} expose={() => undefined} />
      </StrictMode>,
    );
    expect(watched.setOptionsCalls()).toBe(2);
    expect(watched.listeners()).toHaveLength(13);
  });
});

describe('client callbacks through @openai/chatkit-react', () => {
  it('calls onClientTool, onEffect and widgets.onAction, the latest ones given to the hook', async () => {
    const requests: ChatKitRequest[] = [];
    const [created, userItem] = replyEvents({ userText: 'Where am I?', deltas: [] });
    const call = { id: 'item_tool', thread_id: 'thr_1', created_at: '2026-01-01T00:00:00', type: 'client_tool_call', status: 'pending', call_id: 'c1', name: 'get_location', arguments: {} };
    const card: WidgetCard = { type: 'Card', children: [{ type: 'Button', label: 'Open map', onClickAction: { type: 'open_map', handler: 'client', payload: { zoom: 3 } } }] };
    server.use(
      ...hostedApi({
        validSecrets: ['ek_one'],
        answer: (request) => {
          requests.push(request);
          if (request.type === 'threads.create') return eventStream([created, userItem, { type: 'thread.item.done', item: call }]);
          if (request.type !== 'threads.add_client_tool_output') return undefined;
          return eventStream([{ type: 'client_effect', name: 'highlight', data: { city: 'Paris' } }, { type: 'thread.item.done', item: widgetItem('w_map', card) }]);
        },
      }).handlers,
    );
    const stale = { onClientTool: vi.fn(async () => ({ city: 'stale' })), onEffect: vi.fn(), onAction: vi.fn(async () => undefined) };
    const latest = { onClientTool: vi.fn(async () => ({ city: 'Paris' })), onEffect: vi.fn(), onAction: vi.fn(async () => undefined) };
    let chatkit: UseChatKitReturn | null = null;
    const options = (callbacks: typeof latest): UseChatKitOptions => ({
      api: { getClientSecret: async () => 'ek_one' },
      onClientTool: callbacks.onClientTool,
      onEffect: callbacks.onEffect,
      widgets: { onAction: callbacks.onAction },
    });
    let useLatest: () => void = () => undefined;
    function CallbackChat() {
      const [callbacks, setCallbacks] = useState(stale);
      useLatest = () => setCallbacks(latest);
      return <Chat options={options(callbacks)} expose={(value) => (chatkit = value)} />;
    }
    const element = await render(<CallbackChat />);
    await act(async () => useLatest());

    await act(() => chatkit!.sendUserMessage({ text: 'Where am I?' }));
    await vi.waitFor(() => expect(latest.onEffect).toHaveBeenCalledWith({ name: 'highlight', data: { city: 'Paris' } }));
    expect(latest.onClientTool).toHaveBeenCalledWith({ name: 'get_location', params: {} });
    expect(requests.find((request) => request.type === 'threads.add_client_tool_output')).toEqual({
      type: 'threads.add_client_tool_output',
      params: { thread_id: 'thr_1', result: { city: 'Paris' } },
    });

    await vi.waitFor(() => button(element, 'Open map'));
    await act(async () => button(element, 'Open map').click());
    expect(latest.onAction).toHaveBeenCalledWith({ type: 'open_map', payload: { zoom: 3 } }, { id: 'w_map', widget: card });
    expect([stale.onClientTool, stale.onEffect, stale.onAction].every((callback) => callback.mock.calls.length === 0)).toBe(true);
  });
});

const savedThread = {
  id: 'thr_saved',
  title: 'Saved',
  created_at: '2026-01-01T00:00:00',
  status: { type: 'active' },
  metadata: {},
  items: { data: [], has_more: false },
};
