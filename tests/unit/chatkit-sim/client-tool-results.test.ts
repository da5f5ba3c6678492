import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import type { ClientToolCallItem } from '../../../src/chatkit-protocol/index';
import { button, chatKitModes, eventStream, messages, readyChatKit, replyEvents, silenceConsoleErrors, typeAndSend, useMswServer } from './helpers';

const server = useMswServer();

const pendingCall: ClientToolCallItem = {
  id: 'item_tool',
  thread_id: 'thr_1',
  created_at: '2026-01-01T00:00:00',
  type: 'client_tool_call',
  status: 'pending',
  call_id: 'call_1',
  name: 'get_weather',
  arguments: { city: 'Paris' },
};

/** A new thread that ends with the pending call; its output is answered with a short reply. */
function toolTurn(request: { type: string }): Response | undefined {
  const [created, userItem] = replyEvents({ userText: 'Weather in Paris?', deltas: [] });
  if (request.type === 'threads.create') return eventStream([created, userItem, { type: 'thread.item.done', item: pendingCall }]);
  if (request.type === 'threads.add_client_tool_output') return eventStream(replyEvents({ userText: '', deltas: ['Sunny.'], newThread: false }).slice(1));
  return undefined;
}

/** A cached object that points back at its cache, as app state often does. */
class CachedForecast {
  cache: { byCity: Record<string, CachedForecast> } = { byCity: {} };
  constructor() {
    this.cache.byCity['Paris'] = this;
  }
}

/** A DOM element as React leaves it: React keeps its own objects on the element, and they point back. */
function elementReactRendered(): Element {
  const container = document.body.appendChild(document.createElement('div'));
  flushSync(() => createRoot(container).render(createElement('p', null, 'Paris')));
  return container.firstElementChild!;
}

describe.each(chatKitModes)('what becomes of a client tool result ($name)', (mode) => {
  it.each([
    ['a circular structure', () => ({ ok: true, forecast: new CachedForecast() }), 'Converting circular structure to JSON'],
    ['a DOM element React rendered', () => ({ ok: true, shown: elementReactRendered() }), 'Converting circular structure to JSON'],
    ['a BigInt', () => ({ ok: true, stationId: 9007199254740993n }), 'Do not know how to serialize a BigInt'],
  ])('for %s, reports V8’s TypeError and sends nothing', async (_name, result, message) => {
    const consoleError = silenceConsoleErrors();
    const requests = mode.serve(server, toolTurn);
    const { element, events } = await readyChatKit({ api: mode.api, onClientTool: async () => result() });

    typeAndSend(element, 'Weather in Paris?');
    await vi.waitFor(() => expect(events.some((event) => event.name === 'chatkit.error')).toBe(true));
    const error = (events.find((event) => event.name === 'chatkit.error')?.detail as { error: Error }).error;
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message.split('\n')[0]).toBe(message);
    expect(consoleError).toHaveBeenCalledWith('[ChatKit]', error.message);
    expect(requests.map((request) => request.type)).not.toContain('threads.add_client_tool_output');
  });

  it('drops functions and undefined from a result and turns a Map into {} and a Date into a string, as JSON.stringify does', async () => {
    const requests = mode.serve(server, toolTurn);
    const onClientTool = async () => ({
      ok: true,
      city: 'Paris',
      refresh: () => undefined,
      station: undefined,
      seen: new Map([['Paris', 1]]),
      at: new Date(0),
    });
    const { element } = await readyChatKit({ api: mode.api, onClientTool });

    typeAndSend(element, 'Weather in Paris?');
    await vi.waitFor(() => expect(messages(element).at(-1)?.text).toBe('Sunny.'));
    expect(requests.at(-1)).toStrictEqual({
      type: 'threads.add_client_tool_output',
      params: { thread_id: 'thr_1', result: { ok: true, city: 'Paris', seen: {}, at: '1970-01-01T00:00:00.000Z' } },
    });
  });

  it('ends the response and unlocks the composer while an async tool still runs ([I] chatkit-js#95)', async () => {
    mode.serve(server, toolTurn);
    const tool = Promise.withResolvers<Record<string, unknown>>();
    const onClientTool = vi.fn(() => tool.promise);
    const { element, events } = await readyChatKit({ api: mode.api, onClientTool });

    typeAndSend(element, 'Weather in Paris?');
    await vi.waitFor(() => expect(onClientTool).toHaveBeenCalled());
    expect(events.filter((event) => event.name === 'chatkit.response.end')).toHaveLength(1);
    expect(button(element, 'Send').disabled).toBe(false);

    tool.resolve({ ok: true });
    await vi.waitFor(() => expect(messages(element).at(-1)?.text).toBe('Sunny.'));
    expect(events.filter((event) => event.name === 'chatkit.response.end')).toHaveLength(2);
  });
});
