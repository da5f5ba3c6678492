// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Page, Thread, ThreadItem, ThreadStreamEvent, WidgetItem } from '../../../src/chatkit-protocol/index';
import { readEventStream } from '../../../src/chatkit-protocol/sse';
import {
  createChatKitServer,
  triggerWordScript,
  weatherCard,
  type ChatKitScript,
  type ChatKitServerConfig,
} from '../../../src/mock-openai/index';
import { eventTypes, readEvents, useMswServer, userInput } from './helpers';

const server = useMswServer();
const URL_ = 'https://app.example.test/chatkit';

function install(config: Partial<ChatKitServerConfig> = {}) {
  const chatKitServer = createChatKitServer({ url: URL_, script: triggerWordScript, ...config });
  server.use(...chatKitServer.handlers);
  return chatKitServer;
}

function post(type: string, params: Record<string, unknown>): Promise<Response> {
  return fetch(URL_, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type, params }) });
}

async function stream(type: string, params: Record<string, unknown>): Promise<ThreadStreamEvent[]> {
  return readEvents(await post(type, params));
}

async function json<T>(type: string, params: Record<string, unknown>): Promise<T> {
  const response = await post(type, params);
  expect(response.headers.get('content-type')).toBe('application/json');
  return (await response.json()) as T;
}

async function startThread(text: string) {
  const events = await stream('threads.create', { input: userInput(text) });
  return { events, threadId: (events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id };
}

function say(threadId: string, text: string): Promise<ThreadStreamEvent[]> {
  return stream('threads.add_user_message', { thread_id: threadId, input: userInput(text) });
}

function doneItems(events: readonly ThreadStreamEvent[]): ThreadItem[] {
  return events.flatMap((event) => (event.type === 'thread.item.done' ? [event.item] : []));
}

function itemOfType<T extends ThreadItem['type']>(events: readonly ThreadStreamEvent[], type: T): Extract<ThreadItem, { type: T }> {
  const item = doneItems(events).find((candidate) => candidate.type === type);
  if (!item) throw new Error(`no ${type} item`);
  return item as Extract<ThreadItem, { type: T }>;
}

async function itemsOf(threadId: string): Promise<ThreadItem[]> {
  return (await json<Thread>('threads.get_by_id', { thread_id: threadId })).items.data;
}

function updateTypes(events: readonly ThreadStreamEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'thread.item.updated' ? [event.update.type] : []));
}

describe('createChatKitServer: text as chatkit-python streams it', () => {
  it('announces the content part before the deltas and finishes it after them', async () => {
    install({ script: { respond: () => [{ type: 'text', text: 'One two three four.' }] } });
    const { events } = await startThread('hi');
    expect(updateTypes(events)).toEqual([
      'assistant_message.content_part.added',
      'assistant_message.content_part.text_delta',
      'assistant_message.content_part.text_delta',
      'assistant_message.content_part.done',
    ]);
    const updates = events.flatMap((event) => (event.type === 'thread.item.updated' ? [event.update] : []));
    expect(updates[0]).toEqual({ type: 'assistant_message.content_part.added', content_index: 0, content: { type: 'output_text', text: '', annotations: [] } });
    expect(updates.at(-1)).toEqual({
      type: 'assistant_message.content_part.done',
      content_index: 0,
      content: { type: 'output_text', text: 'One two three four.', annotations: [] },
    });
  });
});

describe('createChatKitServer: client tool calls', () => {
  it('streams a pending client_tool_call item and nothing after it but the title', async () => {
    install();
    const { events } = await startThread('use the tool');
    expect(eventTypes(events)).toEqual(['thread.created', 'thread.item.done', 'stream_options', 'thread.item.done', 'thread.updated']);
    expect(itemOfType(events, 'client_tool_call')).toEqual({
      id: expect.stringMatching(/^tc_[0-9a-f]{8}$/),
      thread_id: expect.any(String),
      created_at: expect.any(String),
      type: 'client_tool_call',
      status: 'pending',
      call_id: expect.stringMatching(/^tc_[0-9a-f]{8}$/),
      name: 'get_weather',
      arguments: { city: 'Paris' },
    });
  });

  it('completes the call with threads.add_client_tool_output and continues the response', async () => {
    install();
    const { events, threadId } = await startThread('use the tool');
    const call = itemOfType(events, 'client_tool_call');
    const continued = await stream('threads.add_client_tool_output', { thread_id: threadId, result: { forecast: 'sunny' } });
    expect(eventTypes(continued).slice(0, 2)).toEqual(['stream_options', 'thread.item.added']);
    expect(itemOfType(continued, 'assistant_message').content[0]?.text).toBe('The weather tool says it is sunny in Paris.');

    const stored = (await itemsOf(threadId)).find((item) => item.id === call.id);
    expect(stored).toMatchObject({ status: 'completed', output: { forecast: 'sunny' } });
  });

  it('gives the script the call and its result', async () => {
    const turns: unknown[] = [];
    const script: ChatKitScript = {
      respond: (turn) => {
        turns.push(turn);
        return turn.kind === 'user_message' ? [{ type: 'client_tool_call', name: 'lookup', arguments: { q: 'x' } }] : [{ type: 'text', text: 'ok' }];
      },
    };
    install({ script });
    const { threadId } = await startThread('go');
    await stream('threads.add_client_tool_output', { thread_id: threadId, result: [1, 2] });
    expect(turns).toEqual([
      { kind: 'user_message', text: 'go' },
      { kind: 'client_tool_output', name: 'lookup', arguments: { q: 'x' }, result: [1, 2] },
    ]);
  });

  it('drops any other pending call once one is completed', async () => {
    const twoCalls: ChatKitScript = {
      respond: (turn) =>
        turn.kind === 'user_message'
          ? [
              { type: 'client_tool_call', name: 'first', arguments: {} },
              { type: 'client_tool_call', name: 'second', arguments: {} },
            ]
          : [],
    };
    install({ script: twoCalls });
    const { threadId } = await startThread('go');
    await stream('threads.add_client_tool_output', { thread_id: threadId, result: 'done' });
    const calls = (await itemsOf(threadId)).filter((item) => item.type === 'client_tool_call');
    expect(calls).toEqual([expect.objectContaining({ name: 'second', status: 'completed', output: 'done' })]);
  });

  it('breaks off the stream of a tool output when no call is pending, as chatkit-python raises', async () => {
    const { handlers } = createChatKitServer({ url: URL_, script: triggerWordScript });
    const answer = (type: string, params: Record<string, unknown>) =>
      getResponse(handlers, new Request(URL_, { method: 'POST', body: JSON.stringify({ type, params }) }));
    const created = await readEvents((await answer('threads.create', { input: userInput('hello') }))!);
    const threadId = (created[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id;
    const response = await answer('threads.add_client_tool_output', { thread_id: threadId, result: null });
    expect(response?.status).toBe(200);
    await expect(response?.text()).rejects.toThrow('network error');
  });
});

describe('createChatKitServer: widgets and actions', () => {
  it('streams a widget item with the widget JSON and copy_text, and keeps it in the thread', async () => {
    install();
    const { events, threadId } = await startThread('show me a widget');
    const widget = itemOfType(events, 'widget');
    expect(widget).toEqual({
      id: expect.stringMatching(/^msg_/),
      thread_id: threadId,
      created_at: expect.any(String),
      type: 'widget',
      widget: weatherCard('Sunny, 21 °C'),
      copy_text: 'Sunny, 21 °C in Paris',
    });
    expect(widget.widget).toMatchObject({
      type: 'Card',
      children: [
        { type: 'Title' },
        { type: 'Text', id: 'forecast' },
        { type: 'Button', onClickAction: { type: 'weather.refresh' } },
        { type: 'Button', onClickAction: { type: 'weather.mark_seen', streaming: false } },
      ],
    });
    expect((await itemsOf(threadId)).map((item) => item.type)).toEqual(['user_message', 'assistant_message', 'widget']);
  });

  it('answers threads.custom_action by replacing the widget, then replying', async () => {
    install();
    const { events, threadId } = await startThread('show me a widget');
    const widget = itemOfType(events, 'widget');
    const action = { type: 'weather.refresh', payload: { city: 'Paris' } };
    const answered = await stream('threads.custom_action', { thread_id: threadId, item_id: widget.id, action });
    expect(eventTypes(answered).slice(0, 3)).toEqual(['stream_options', 'thread.item.replaced', 'thread.item.added']);
    const replaced = (answered[1] as Extract<ThreadStreamEvent, { type: 'thread.item.replaced' }>).item as WidgetItem;
    expect(replaced).toEqual({ ...widget, widget: weatherCard('Refreshed: sunny, 22 °C') });
    expect(itemOfType(answered, 'assistant_message').content[0]?.text).toBe('Ran the weather.refresh action.');
    expect((await itemsOf(threadId)).find((item) => item.id === widget.id)).toEqual(replaced);
  });

  it('answers threads.custom_action with stream.error when the script has no action handler', async () => {
    install({ script: { respond: () => [{ type: 'text', text: 'hi' }] } });
    const { threadId } = await startThread('hello');
    const answered = await stream('threads.custom_action', { thread_id: threadId, action: { type: 'anything' } });
    expect(answered).toEqual([
      { type: 'stream_options', stream_options: { allow_cancel: true } },
      { type: 'error', code: 'stream.error', allow_retry: true },
    ]);
  });

  it('answers an action sent by something other than a widget with one error event that allows no retry', async () => {
    install();
    const { events, threadId } = await startThread('hello');
    const message = itemOfType(events, 'assistant_message');
    const answered = await stream('threads.custom_action', { thread_id: threadId, item_id: message.id, action: { type: 'x' } });
    expect(answered).toEqual([{ type: 'error', code: 'stream.error', allow_retry: false }]);
  });

  it('answers threads.sync_custom_action with JSON: the updated widget item, which is stored', async () => {
    install();
    const { events, threadId } = await startThread('show me a widget');
    const widget = itemOfType(events, 'widget');
    const body = await json<{ updated_item: WidgetItem }>('threads.sync_custom_action', {
      thread_id: threadId,
      item_id: widget.id,
      action: { type: 'weather.mark_seen', payload: { city: 'Paris' } },
    });
    expect(body).toEqual({ updated_item: { ...widget, widget: weatherCard('Seen: sunny, 21 °C') } });
    expect((await itemsOf(threadId)).find((item) => item.id === widget.id)).toEqual(body.updated_item);
  });

  it('answers threads.sync_custom_action without a sender with {}, and without a handler with a 500', async () => {
    install();
    const { threadId } = await startThread('hello');
    expect(await json('threads.sync_custom_action', { thread_id: threadId, action: { type: 'x' } })).toEqual({});

    server.resetHandlers(...createChatKitServer({ url: URL_ }).handlers);
    const { threadId: other } = await startThread('hello');
    const response = await post('threads.sync_custom_action', { thread_id: other, action: { type: 'x' } });
    expect(response.status).toBe(500);
    expect(await response.text()).toBe('Internal Server Error');
  });
});

describe('createChatKitServer: progress, notices, effects and errors', () => {
  it('streams progress_update, notice and client_effect before the reply', async () => {
    install();
    const { events } = await startThread('progress and notice and effect');
    expect(eventTypes(events).slice(0, 7)).toEqual([
      'thread.created',
      'thread.item.done',
      'stream_options',
      'progress_update',
      'notice',
      'client_effect',
      'thread.item.added',
    ]);
    expect(events.slice(3, 6)).toEqual([
      { type: 'progress_update', icon: 'search', text: 'Looking up the forecast…' },
      { type: 'notice', level: 'warning', title: 'Heads up', message: 'This is a **warning** notice.' },
      { type: 'client_effect', name: 'highlight', data: { color: 'yellow' } },
    ]);
  });

  it('gives a client_effect without data an empty data object, as chatkit-python defaults it', async () => {
    install({ script: { respond: () => [{ type: 'client_effect', name: 'confetti' }] } });
    const { events } = await startThread('hi');
    expect(events).toContainEqual({ type: 'client_effect', name: 'confetti', data: {} });
  });

  it('ends in stream.error when respond() raises, and titles nothing', async () => {
    install();
    const { events } = await startThread('trigger an error');
    expect(eventTypes(events)).toEqual(['thread.created', 'thread.item.done', 'stream_options', 'error']);
    expect(events.at(-1)).toEqual({ type: 'error', code: 'stream.error', allow_retry: true });
  });

  it('ends in a custom error with its message when respond() raises CustomStreamError', async () => {
    install();
    const { events } = await startThread('trigger a custom error');
    expect(eventTypes(events)).toEqual(['thread.created', 'thread.item.done', 'stream_options', 'error']);
    expect(events.at(-1)).toEqual({ type: 'error', code: 'custom', message: 'The conformance server refused this message.', allow_retry: false });

    install({ script: { respond: () => [{ type: 'custom_error', message: 'Try later.', allow_retry: true }] } });
    expect((await startThread('x')).events.at(-1)).toEqual({ type: 'error', code: 'custom', message: 'Try later.', allow_retry: true });
  });

  it('stops at the error: steps after it send nothing', async () => {
    install({ script: { respond: () => [{ type: 'fail' }, { type: 'text', text: 'never' }] } });
    const { events } = await startThread('x');
    expect(events.at(-1)).toMatchObject({ type: 'error' });
    expect(eventTypes(events)).not.toContain('thread.item.added');
  });
});

describe('createChatKitServer: retry_after_item', () => {
  it('drops the items after the message and runs the script for its text again', async () => {
    install();
    const { events, threadId } = await startThread('hello');
    const first = itemOfType(events, 'user_message');
    await say(threadId, 'show me a widget');
    const retried = await stream('threads.retry_after_item', { thread_id: threadId, item_id: first.id });
    expect(eventTypes(retried)[0]).toBe('stream_options');
    expect(itemOfType(retried, 'assistant_message').content[0]?.text).toBe('You said: hello');
    expect((await itemsOf(threadId)).map((item) => item.type)).toEqual(['user_message', 'assistant_message']);
  });

  it('answers a retry of an item the thread does not have with an empty stream', async () => {
    install();
    const { threadId } = await startThread('hello');
    const response = await post('threads.retry_after_item', { thread_id: threadId, item_id: 'msg_missing' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('createChatKitServer: the JSON requests', () => {
  it('pages threads.get_by_id items as chatkit-python does: the first 20, oldest first', async () => {
    install({ script: { respond: () => [{ type: 'text', text: 'ok' }] } });
    const { threadId } = await startThread('0');
    for (let message = 1; message < 11; message += 1) await say(threadId, String(message));
    const thread = await json<Thread>('threads.get_by_id', { thread_id: threadId });
    expect(thread.items.data).toHaveLength(20);
    expect(thread.items.data[0]).toMatchObject({ type: 'user_message', content: [{ text: '0' }] });
    expect(thread.items).toMatchObject({ has_more: true, after: thread.items.data[19]?.id });
  });

  it('names `after` in threads.list only when there is a next page', async () => {
    install();
    const first = await startThread('first');
    const second = await startThread('second');
    expect(await json('threads.list', { limit: 1 })).toMatchObject({ has_more: true, after: second.threadId });
    const last = await json<Page<Thread>>('threads.list', { limit: 1, after: second.threadId });
    expect(last.data.map((thread) => thread.id)).toEqual([first.threadId]);
    expect(last).toEqual({ data: [expect.anything()], has_more: false });
  });

  it('lists items newest first by default, with limit, after and order', async () => {
    install();
    const { events, threadId } = await startThread('hello');
    const [user, assistant] = doneItems(events);
    const newest = await json<Page<ThreadItem>>('items.list', { thread_id: threadId });
    expect(newest).toEqual({ data: [assistant, user], has_more: false });
    expect(await json('items.list', { thread_id: threadId, limit: 1 })).toEqual({ data: [assistant], has_more: true, after: assistant?.id });
    expect(await json('items.list', { thread_id: threadId, limit: 1, after: assistant?.id })).toEqual({ data: [user], has_more: false });
    expect(await json('items.list', { thread_id: threadId, order: 'asc' })).toEqual({ data: [user, assistant], has_more: false });
  });

  it('answers items.feedback with {} and records it', async () => {
    const chatKitServer = install();
    const { events, threadId } = await startThread('hello');
    const assistant = itemOfType(events, 'assistant_message');
    expect(await json('items.feedback', { thread_id: threadId, item_ids: [assistant.id], kind: 'negative' })).toEqual({});
    expect(chatKitServer.feedback).toEqual([{ thread_id: threadId, item_ids: [assistant.id], kind: 'negative' }]);
  });

  it('renames a thread with threads.update, answering the thread without its items', async () => {
    install();
    const { threadId } = await startThread('hello');
    const renamed = await json<Thread>('threads.update', { thread_id: threadId, title: 'Weather' });
    expect(renamed).toEqual({
      id: threadId,
      title: 'Weather',
      created_at: expect.any(String),
      status: { type: 'active' },
      metadata: {},
      items: { data: [], has_more: false },
    });
    expect((await json<Page<Thread>>('threads.list', {})).data[0]?.title).toBe('Weather');
  });

  it('deletes a thread with threads.delete, answering {}', async () => {
    install();
    const { threadId } = await startThread('hello');
    expect(await json('threads.delete', { thread_id: threadId })).toEqual({});
    expect((await json<Page<Thread>>('threads.list', {})).data).toEqual([]);
    expect((await post('threads.get_by_id', { thread_id: threadId })).status).toBe(500);
  });
});

describe('createChatKitServer: a made-up attachment id', () => {
  it('announces the new thread, then breaks off the stream, as chatkit-python saves the thread first', async () => {
    const chatKitServer = createChatKitServer({ url: URL_ });
    const body = { type: 'threads.create', params: { input: userInput('see', ['atc_madeup']) } };
    const response = await getResponse(chatKitServer.handlers, new Request(URL_, { method: 'POST', body: JSON.stringify(body) }));
    expect(response?.status).toBe(200);
    const received: unknown[] = [];
    const reading = (async () => {
      for await (const data of readEventStream(response!.body!)) received.push(JSON.parse(data));
    })();
    await expect(reading).rejects.toThrow("Attachment with id 'atc_madeup' not found.");
    expect(received).toEqual([{ type: 'thread.created', thread: expect.objectContaining({ id: expect.stringMatching(/^thr_/) }) }]);
  });
});

describe('createChatKitServer: messages as pydantic keeps them', () => {
  it('keeps tags, quoted text and the known inference options, and drops what chatkit-python does not know', async () => {
    install({ script: { respond: () => [] } });
    const input = {
      content: [
        { type: 'input_text', text: 'about', extra: 1 },
        { type: 'input_tag', id: 'tag_1', text: '@Paris', data: { city: 'Paris' } },
      ],
      attachments: [],
      quoted_text: 'earlier',
      inference_options: { tool_choice: { id: 'search' }, model: null, temperature: 2 },
    };
    const events = await stream('threads.create', { input });
    expect(itemOfType(events, 'user_message')).toMatchObject({
      content: [
        { type: 'input_text', text: 'about' },
        { type: 'input_tag', id: 'tag_1', text: '@Paris', data: { city: 'Paris' }, interactive: false },
      ],
      quoted_text: 'earlier',
      inference_options: { tool_choice: { id: 'search' } },
    });
    expect(itemOfType(events, 'user_message').content[0]).not.toHaveProperty('extra');
    expect(itemOfType(events, 'user_message').inference_options).not.toHaveProperty('temperature');
  });

  it('rejects a message without inference_options or with an unknown content part, as pydantic does', async () => {
    install();
    const missing = await post('threads.create', { input: { content: [{ type: 'input_text', text: 'x' }], attachments: [] } });
    expect(missing.status).toBe(500);
    const unknownPart = await post('threads.create', { input: { ...userInput('x'), content: [{ type: 'input_image' }] } });
    expect(unknownPart.status).toBe(500);
  });
});
