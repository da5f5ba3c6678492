import { describe, expect, it, vi } from 'vitest';
import type { ClientToolCallItem, ThreadStreamEvent, UserMessageItem } from '../../../src/chatkit-protocol/index';
import { RESPONSE_ERROR_TEXT } from '../../../src/chatkit-sim/index';
import {
  alerts,
  button,
  chatKitModes,
  eventStream,
  liveEventStream,
  messages,
  readyChatKit,
  replyEvents,
  shadow,
  silenceConsoleErrors,
  typeAndSend,
  useMswServer,
  visibleText,
  type RecordedEvent,
} from './helpers';

const server = useMswServer();

function toolCall(status: ClientToolCallItem['status'] = 'pending'): ClientToolCallItem {
  return {
    id: 'item_tool',
    thread_id: 'thr_1',
    created_at: '2026-01-01T00:00:00',
    type: 'client_tool_call',
    status,
    call_id: 'call_1',
    name: 'get_location',
    arguments: { precise: false },
  };
}

/** A new thread's first events (thread, user message, stream options), then `rest`; and the user message's id. */
function turn(userText: string, ...rest: ThreadStreamEvent[]): { events: ThreadStreamEvent[]; userItemId: string } {
  const [created, userItem] = replyEvents({ userText, deltas: [] });
  const events: ThreadStreamEvent[] = [created!, userItem!, { type: 'stream_options', stream_options: { allow_cancel: true } }, ...rest];
  return { events, userItemId: (userItem as { item: UserMessageItem }).item.id };
}

/** The assistant's reply as it continues a thread: without the thread and user message events. */
function continuation(...deltas: string[]): ThreadStreamEvent[] {
  return replyEvents({ userText: '', deltas, newThread: false }).slice(1);
}

function countOf(events: readonly RecordedEvent[], name: string): number {
  return events.filter((event) => event.name === name).length;
}

/** The visible status lines (role="status"), as the user reads them. */
function statuses(element: HTMLElement): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[role="status"]')]
    .filter((status) => !status.hidden)
    .map((status) => visibleText(status).replace(/\s+/g, ' ').trim());
}

describe.each(chatKitModes)('client tools ($name)', (mode) => {
  it('runs onClientTool({ name, params }) for a pending client tool call, sends { thread_id, result } back and shows the continued reply', async () => {
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return eventStream(turn('Where am I?', { type: 'thread.item.done', item: toolCall() }).events);
      if (request.type === 'threads.add_client_tool_output') return eventStream(continuation('You are ', 'in Paris.'));
      return undefined;
    });
    const onClientTool = vi.fn(async () => ({ city: 'Paris' }));
    const { element, events } = await readyChatKit({ api: mode.api, onClientTool });

    typeAndSend(element, 'Where am I?');
    await vi.waitFor(() => expect(countOf(events, 'chatkit.response.end')).toBe(2));
    expect(onClientTool.mock.calls).toEqual([[{ name: 'get_location', params: { precise: false } }]]);
    expect(requests.at(-1)).toEqual({ type: 'threads.add_client_tool_output', params: { thread_id: 'thr_1', result: { city: 'Paris' } } });
    expect(messages(element)).toEqual([
      { role: 'user', text: 'Where am I?' },
      { role: 'assistant', text: 'You are in Paris.' },
    ]);
    expect(countOf(events, 'chatkit.error')).toBe(0);
  });

  it('does not run onClientTool for a completed client tool call', async () => {
    const requests = mode.serve(server, (request) =>
      request.type === 'threads.create' ? eventStream(turn('Hi', { type: 'thread.item.done', item: toolCall('completed') }, ...continuation('Done.')).events) : undefined,
    );
    const onClientTool = vi.fn(async () => ({}));
    const { element, events } = await readyChatKit({ api: mode.api, onClientTool });

    typeAndSend(element, 'Hi');
    await vi.waitFor(() => expect(countOf(events, 'chatkit.response.end')).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onClientTool).not.toHaveBeenCalled();
    expect(requests.map((request) => request.type)).not.toContain('threads.add_client_tool_output');
  });

  it('when onClientTool throws: reports the error, sends no result, and offers Retry, which reruns the turn', async () => {
    silenceConsoleErrors();
    const { events: firstTurn, userItemId } = turn('Where am I?', { type: 'thread.item.done', item: toolCall() });
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return eventStream(firstTurn);
      if (request.type === 'threads.retry_after_item') return eventStream([{ type: 'thread.item.done', item: toolCall() }]);
      if (request.type === 'threads.add_client_tool_output') return eventStream(continuation('Found you.'));
      return undefined;
    });
    const failure = new Error('Geolocation permission denied.');
    const onClientTool = vi.fn().mockRejectedValueOnce(failure).mockResolvedValueOnce({ city: 'Lyon' });
    const { element, events } = await readyChatKit({ api: mode.api, onClientTool });

    typeAndSend(element, 'Where am I?');
    await vi.waitFor(() => expect(alerts(element)).toEqual([`${RESPONSE_ERROR_TEXT} Retry`]));
    expect(events).toContainEqual({ name: 'chatkit.error', detail: { error: failure } });
    expect(requests.map((request) => request.type)).not.toContain('threads.add_client_tool_output');

    button(element, 'Retry').click();
    await vi.waitFor(() => expect(messages(element).at(-1)?.text).toBe('Found you.'));
    expect(requests.slice(-2)).toEqual([
      { type: 'threads.retry_after_item', params: { thread_id: 'thr_1', item_id: userItemId } },
      { type: 'threads.add_client_tool_output', params: { thread_id: 'thr_1', result: { city: 'Lyon' } } },
    ]);
    expect(alerts(element)).toEqual([]);
  });

  it('without onClientTool: reports that the tool has no handler and sends no result', async () => {
    const consoleError = silenceConsoleErrors();
    const requests = mode.serve(server, (request) =>
      request.type === 'threads.create' ? eventStream(turn('Where am I?', { type: 'thread.item.done', item: toolCall() }).events) : undefined,
    );
    const { element, events } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'Where am I?');
    await vi.waitFor(() => expect(countOf(events, 'chatkit.error')).toBe(1));
    expect(consoleError).toHaveBeenCalledWith('[ChatKit]', 'No onClientTool handler for the client tool "get_location".');
    expect(alerts(element)).toEqual([`${RESPONSE_ERROR_TEXT} Retry`]);
    expect(requests.map((request) => request.type)).not.toContain('threads.add_client_tool_output');
  });
});

describe.each(chatKitModes)('client effects, progress and notices ($name)', (mode) => {
  it('dispatches chatkit.effect with { name, data } for a client_effect event', async () => {
    mode.serve(server, (request) =>
      request.type === 'threads.create'
        ? eventStream(turn('Celebrate', { type: 'client_effect', name: 'confetti', data: { count: 3 } }, ...continuation('Done.')).events)
        : undefined,
    );
    const { element, events } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'Celebrate');
    await vi.waitFor(() => expect(countOf(events, 'chatkit.response.end')).toBe(1));
    expect(events.filter((event) => event.name === 'chatkit.effect')).toEqual([{ name: 'chatkit.effect', detail: { name: 'confetti', data: { count: 3 } } }]);
  });

  it('shows a progress update while the server works, and takes it away when content arrives', async () => {
    let reply: ReturnType<typeof liveEventStream> | null = null;
    mode.serve(server, (request) => {
      if (request.type !== 'threads.create') return undefined;
      reply = liveEventStream(...turn('Search the docs', { type: 'progress_update', icon: 'search', text: 'Searching the docs…' }).events);
      return reply.response;
    });
    const { element, events } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'Search the docs');
    await vi.waitFor(() => expect(statuses(element)).toEqual(['Searching the docs…']));
    reply!.push({ type: 'progress_update', text: 'Reading 3 pages…' });
    await vi.waitFor(() => expect(statuses(element)).toEqual(['Reading 3 pages…']));
    reply!.push(...continuation('Found it.').slice(0, 2));
    await vi.waitFor(() => expect(statuses(element)).toEqual([]));
    expect(messages(element).at(-1)).toEqual({ role: 'assistant', text: 'Found it.' });
    reply!.close();
    await vi.waitFor(() => expect(countOf(events, 'chatkit.response.end')).toBe(1));
  });

  it.each([
    ['info', 'status'],
    ['warning', 'status'],
    ['danger', 'alert'],
  ] as const)('shows a %s notice with role="%s"', async (level, role) => {
    mode.serve(server, (request) =>
      request.type === 'threads.create'
        ? eventStream(turn('x', ...continuation('ok'), { type: 'notice', level, title: 'Heads up', message: 'You have 3 messages left today.' }).events)
        : undefined,
    );
    const { element, events } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(countOf(events, 'chatkit.response.end')).toBe(1));
    const shown = [...shadow(element).querySelectorAll<HTMLElement>(`[role="${role}"]`)].filter((box) => !box.hidden && box.textContent?.includes('3 messages'));
    expect(shown.map((box) => visibleText(box).replace(/\s+/g, ' ').trim())).toEqual(['Heads up You have 3 messages left today.']);
    expect(shown[0]?.dataset['level']).toBe(level);
  });
});

describe.each(chatKitModes)('assistant message updates ($name)', (mode) => {
  it('shows content parts as they are added, grow and are done, before the item is done', async () => {
    let reply: ReturnType<typeof liveEventStream> | null = null;
    const part = (text: string) => ({ type: 'output_text' as const, text, annotations: [] });
    const added: ThreadStreamEvent = {
      type: 'thread.item.added',
      item: { id: 'item_reply', thread_id: 'thr_1', created_at: '2026-01-01T00:00:00', type: 'assistant_message', content: [] },
    };
    mode.serve(server, (request) => {
      if (request.type !== 'threads.create') return undefined;
      reply = liveEventStream(...turn('Hi', added).events);
      return reply.response;
    });
    const { element } = await readyChatKit({ api: mode.api });
    const lastText = () => messages(element).at(-1)?.text;

    typeAndSend(element, 'Hi');
    await vi.waitFor(() => expect(messages(element)).toHaveLength(2));
    reply!.push({ type: 'thread.item.updated', item_id: 'item_reply', update: { type: 'assistant_message.content_part.added', content_index: 0, content: part('Hel') } });
    await vi.waitFor(() => expect(lastText()).toBe('Hel'));
    reply!.push({ type: 'thread.item.updated', item_id: 'item_reply', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'lo' } });
    await vi.waitFor(() => expect(lastText()).toBe('Hello'));
    reply!.push({ type: 'thread.item.updated', item_id: 'item_reply', update: { type: 'assistant_message.content_part.done', content_index: 0, content: part('Hello!') } });
    await vi.waitFor(() => expect(lastText()).toBe('Hello!'));
    reply!.close();
  });
});

describe.each(chatKitModes)('stream errors ($name)', (mode) => {
  it('shows the generic text with Retry for stream.error; Retry sends threads.retry_after_item with the user message id', async () => {
    const { events: failing, userItemId } = turn('Hi', { type: 'error', code: 'stream.error', allow_retry: true });
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return eventStream(failing);
      if (request.type === 'threads.retry_after_item') return eventStream(continuation('Second try worked.'));
      return undefined;
    });
    const { element } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'Hi');
    await vi.waitFor(() => expect(alerts(element)).toEqual(["There was an error while generating the assistant's response. Retry"]));
    button(element, 'Retry').click();
    await vi.waitFor(() => expect(messages(element).map((message) => message.text)).toEqual(['Hi', 'Second try worked.']));
    expect(requests.at(-1)).toEqual({ type: 'threads.retry_after_item', params: { thread_id: 'thr_1', item_id: userItemId } });
    expect(alerts(element)).toEqual([]);
  });

  it.each([
    ['a custom error with its own message and retry allowed', { code: 'custom', message: 'The order service is down.', allow_retry: true }, 'The order service is down. Retry'],
    ['a custom error without a message', { code: 'custom', allow_retry: false }, RESPONSE_ERROR_TEXT],
    ['stream.error without retry', { code: 'stream.error', allow_retry: false }, RESPONSE_ERROR_TEXT],
  ] as const)('shows %s', async (_case, error, shown) => {
    mode.serve(server, (request) => (request.type === 'threads.create' ? eventStream(turn('x', { type: 'error', ...error }).events) : undefined));
    const { element } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(alerts(element)).toEqual([shown]));
  });
});
