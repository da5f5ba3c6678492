import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { ChatKitRequest, ThreadStreamEvent } from '../../../src/chatkit-protocol/index';
import { RESPONSE_ERROR_TEXT } from '../../../src/chatkit-sim/index';
import {
  alerts,
  button,
  eventNames,
  eventStream,
  messages,
  mountChatKit,
  recordEvents,
  replyEvents,
  silenceConsoleErrors,
  thread,
  typeAndSend,
  useMswServer,
  verifyDomainKey,
  visibleText,
} from './helpers';

const server = useMswServer();
const CHATKIT_URL = 'https://support.example.test/chatkit';
const domainKey = 'domain_pk_localhost_dev';

/** A reader's ChatKit server at CHATKIT_URL; `answer` decides each response, every request is kept. */
function customServer(answer: (request: ChatKitRequest) => Response) {
  const requests: ChatKitRequest[] = [];
  server.use(
    verifyDomainKey(),
    http.post(CHATKIT_URL, async ({ request }) => {
      const body = (await request.json()) as ChatKitRequest;
      requests.push(body);
      return answer(body);
    }),
  );
  return requests;
}

const emptyList = (request: ChatKitRequest): Response | null =>
  request.type === 'threads.list' ? HttpResponse.json({ data: [], has_more: false }) : null;

async function readyWidget(options: Parameters<typeof mountChatKit>[0]) {
  const element = mountChatKit(options);
  const events = recordEvents(element);
  await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
  return { element, events };
}

describe('custom server mode', () => {
  it('verifies the domain key with the page hostname, then lists threads through api.fetch called like fetch', async () => {
    const verified: unknown[] = [];
    const seen: { url: unknown; init: RequestInit | undefined; thisValue: unknown }[] = [];
    server.use(
      verifyDomainKey(verified),
      http.post(CHATKIT_URL, async ({ request }) => {
        expect(request.headers.get('x-user')).toBe('alice');
        return emptyList((await request.json()) as ChatKitRequest) ?? HttpResponse.json({}, { status: 400 });
      }),
    );
    const readerFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      seen.push({ url: input, init, thisValue: this });
      const headers = new Headers(init?.headers);
      headers.set('X-User', 'alice');
      return fetch(input, { ...init, headers });
    };

    await readyWidget({ api: { url: CHATKIT_URL, domainKey, fetch: readerFetch } });
    expect(verified).toEqual([{ domain_key: domainKey, domain: 'localhost' }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).toBe(CHATKIT_URL);
    expect(seen[0]?.thisValue).toBeUndefined();
    expect(seen[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen[0]?.init?.body))).toEqual({ type: 'threads.list', params: { limit: 20, order: 'desc' } });
    expect(Object.getPrototypeOf(seen[0]?.init?.headers)).toBe(Object.prototype);
    expect(new Headers(seen[0]?.init?.headers).get('content-type')).toBe('application/json');
  });

  it('shows the chat, then nothing, when the domain key is refused', async () => {
    const consoleError = silenceConsoleErrors();
    const requests: unknown[] = [];
    server.use(
      verifyDomainKey([], async () => {
        await delay(100);
        return HttpResponse.json({ error: { message: 'Invalid domain key provided.', type: 'invalid_request_error', param: null, code: 'invalid_domain_key' } }, { status: 401 });
      }),
      http.post(CHATKIT_URL, ({ request }) => {
        requests.push(request.url);
        return HttpResponse.json({ data: [] });
      }),
    );
    const element = mountChatKit({ api: { url: CHATKIT_URL, domainKey: '' } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(visibleText(element)).toContain('What can I help with today?'));
    await vi.waitFor(() => expect(consoleError).toHaveBeenCalledWith('[ChatKit]', 'Invalid domain key provided.'));
    expect(visibleText(element).trim()).toBe('');
    expect(events).toEqual([]);
    expect(requests).toEqual([CHATKIT_URL]);
  });

  it('renders a streamed reply as it arrives, and brackets it with response.start/end and thread.change', async () => {
    const [created, userItem, added, firstDelta, secondDelta, done] = replyEvents({ userText: 'Where is my order?', deltas: ['It ships ', 'today.'], threadId: 'thr_42' });
    let push: (event: ThreadStreamEvent) => void = () => undefined;
    let close: () => void = () => undefined;
    customServer(
      (request) =>
        emptyList(request) ??
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              push = (event) => controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(event)}\n\n`));
              close = () => controller.close();
              // msw/node hands the response to fetch with its first chunk.
              push(created!);
            },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        ),
    );
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'Where is my order?');
    expect(messages(element)).toEqual([{ role: 'user', text: 'Where is my order?' }]);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.thread.change'));
    for (const event of [userItem, added, firstDelta]) push(event!);
    await vi.waitFor(() => expect(messages(element)).toEqual([{ role: 'user', text: 'Where is my order?' }, { role: 'assistant', text: 'It ships ' }]));
    expect(eventNames(events)).not.toContain('chatkit.response.end');
    push(secondDelta!);
    await vi.waitFor(() => expect(messages(element)[1]?.text).toBe('It ships today.'));
    push(done!);
    close();

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.end'));
    expect(events.slice(1)).toEqual([
      { name: 'chatkit.response.start', detail: null },
      { name: 'chatkit.thread.change', detail: { threadId: 'thr_42' } },
      { name: 'chatkit.response.end', detail: null },
    ]);
    expect(messages(element)).toEqual([
      { role: 'user', text: 'Where is my order?' },
      { role: 'assistant', text: 'It ships today.' },
    ]);
  });

  it('parses frames split across chunk borders end to end, and continues the same thread', async () => {
    const requests = customServer((request) => {
      if (request.type === 'threads.create') {
        return eventStream(replyEvents({ userText: 'one', deltas: ['Fi', 'rst ', 'answer.'], threadId: 'thr_7' }), 5);
      }
      if (request.type === 'threads.add_user_message') {
        return eventStream(replyEvents({ userText: 'two', deltas: ['Second.'], threadId: 'thr_7', newThread: false }), 3);
      }
      return emptyList(request) ?? HttpResponse.json({}, { status: 400 });
    });
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'one');
    await vi.waitFor(() => expect(eventNames(events).filter((name) => name === 'chatkit.response.end')).toHaveLength(1));
    typeAndSend(element, 'two');
    await vi.waitFor(() => expect(eventNames(events).filter((name) => name === 'chatkit.response.end')).toHaveLength(2));

    expect(messages(element).map((message) => message.text)).toEqual(['one', 'First answer.', 'two', 'Second.']);
    expect(requests.at(-1)).toMatchObject({ type: 'threads.add_user_message', params: { thread_id: 'thr_7' } });
  });

  it('shows the exact error text with Retry for a stream error event, and Retry resends via threads.retry_after_item', async () => {
    let failNext = true;
    const requests = customServer((request) => {
      if (request.type === 'threads.create') {
        const [created, userItem] = replyEvents({ userText: 'Hi', deltas: [], threadId: 'thr_9' });
        return eventStream([created, userItem, { type: 'stream_options', stream_options: { allow_cancel: true } }, { type: 'error', code: 'stream.error', allow_retry: true }]);
      }
      if (request.type === 'threads.retry_after_item') {
        if (failNext) {
          failNext = false;
          return eventStream([{ type: 'error', code: 'stream.error', allow_retry: true }]);
        }
        const events = replyEvents({ userText: 'Hi', deltas: ['Worked this time.'], threadId: 'thr_9', newThread: false });
        return eventStream(events.slice(2));
      }
      return emptyList(request) ?? HttpResponse.json({}, { status: 400 });
    });
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'Hi');
    await vi.waitFor(() => expect(alerts(element)).toEqual([`${RESPONSE_ERROR_TEXT} Retry`]));
    expect(RESPONSE_ERROR_TEXT).toBe("There was an error while generating the assistant's response.");
    expect(eventNames(events)).not.toContain('chatkit.error');
    expect(messages(element)).toEqual([{ role: 'user', text: 'Hi' }]);

    button(element, 'Retry').click();
    await vi.waitFor(() => expect(eventNames(events).filter((name) => name === 'chatkit.response.end')).toHaveLength(2));
    expect(alerts(element)).toEqual([`${RESPONSE_ERROR_TEXT} Retry`]);
    button(element, 'Retry').click();
    await vi.waitFor(() => expect(messages(element).map((message) => message.text)).toEqual(['Hi', 'Worked this time.']));
    expect(alerts(element)).toEqual([]);

    const retries = requests.filter((request) => request.type === 'threads.retry_after_item');
    expect(retries).toHaveLength(2);
    expect(retries[0]).toEqual({ type: 'threads.retry_after_item', params: { thread_id: 'thr_9', item_id: expect.stringMatching(/^item_user_/) } });
  });

  it('shows the same error text with Retry when the stream breaks off part-way', async () => {
    silenceConsoleErrors();
    customServer((request) => emptyList(request) ?? HttpResponse.json({}, { status: 400 }));
    // msw/node ends an errored mock stream normally, so a reader's fetch hands over the broken body.
    const readerFetch: typeof fetch = async (input, init) => {
      const request = JSON.parse(String(init?.body)) as ChatKitRequest;
      if (request.type !== 'threads.create') return fetch(input, init);
      const [created, userItem, added, delta] = replyEvents({ userText: 'x', deltas: ['Half an ans'] });
      return new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (const event of [created, userItem, added, delta]) controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(event)}\n\n`));
            controller.error(new TypeError('network error'));
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    };
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey, fetch: readerFetch } });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(alerts(element)).toEqual([`${RESPONSE_ERROR_TEXT} Retry`]));
    expect(eventNames(events).slice(-2)).toEqual(['chatkit.error', 'chatkit.response.end']);
  });

  it('shows the message of a custom stream error and hides Retry when retry is not allowed', async () => {
    customServer(
      (request) =>
        emptyList(request) ??
        eventStream([...replyEvents({ userText: 'x', deltas: [] }).slice(0, 2), { type: 'error', code: 'custom', message: 'Your plan has no access to this tool.', allow_retry: false }]),
    );
    const { element } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(alerts(element)).toEqual(['Your plan has no access to this tool.']));
  });

  it('shows notices, a danger notice as an alert', async () => {
    customServer(
      (request) =>
        emptyList(request) ??
        eventStream([...replyEvents({ userText: 'x', deltas: ['ok'] }), { type: 'notice', level: 'danger', title: 'Heads up', message: 'Quota almost used.' }]),
    );
    const { element } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(alerts(element)).toEqual(['Heads up Quota almost used.']));
  });

  it('shows what a custom server says in its FastAPI-style error body', async () => {
    silenceConsoleErrors();
    customServer((request) => emptyList(request) ?? HttpResponse.json({ detail: 'Unauthorized' }, { status: 401 }));
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(alerts(element)).toEqual(['Unauthorized']));
    expect(eventNames(events)).toEqual(['chatkit.ready', 'chatkit.error']);
  });

  it('shows a failed network request as an error, as the browser words it', async () => {
    silenceConsoleErrors();
    customServer((request) => emptyList(request) ?? HttpResponse.error());
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    typeAndSend(element, 'x');
    await vi.waitFor(() => expect(alerts(element)[0]).toMatch(/fetch/i));
    expect(eventNames(events)).toContain('chatkit.error');
  });

  it('does not send an empty message, and Shift+Enter does not send', async () => {
    const requests = customServer((request) => emptyList(request) ?? eventStream(replyEvents({ userText: 'x', deltas: ['y'] })));
    const { element } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });
    const textarea = element.shadowRoot!.querySelector('textarea')!;

    typeAndSend(element, '   ');
    textarea.value = 'line one';
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests.map((request) => request.type)).toEqual(['threads.list']);
    expect(textarea.value).toBe('line one');
  });

  it('sends a start-screen prompt when its button is pressed', async () => {
    const requests = customServer((request) => emptyList(request) ?? eventStream(replyEvents({ userText: 'Track my order', deltas: ['Sure.'] })));
    const { element, events } = await readyWidget({
      api: { url: CHATKIT_URL, domainKey },
      startScreen: { greeting: 'Hi there', prompts: [{ label: 'Track an order', prompt: 'Track my order' }] },
    });

    expect(visibleText(element)).toContain('Hi there');
    button(element, 'Track an order').click();
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.end'));
    expect(requests[1]).toMatchObject({ type: 'threads.create', params: { input: { content: [{ type: 'input_text', text: 'Track my order' }] } } });
    expect(visibleText(element)).not.toContain('Hi there');
  });
});

describe('methods', () => {
  it('sendUserMessage sends entity tags as they are, with the reply as quoted_text and a new thread on request', async () => {
    const requests = customServer((request) => emptyList(request) ?? eventStream(replyEvents({ userText: 'x', deltas: ['y'], threadId: `thr_${Math.random()}` })));
    const { element } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    await element.sendUserMessage({ text: 'first' });
    await element.sendUserMessage({
      content: [{ type: 'input_text', text: 'About ' }, { type: 'input_tag', text: '@Order 7', id: 'order_7', data: { total: 3 } }],
      reply: 'quoted',
      newThread: true,
      model: 'gpt-test',
      toolChoice: { id: 'search' },
    });
    expect(requests.at(-1)).toEqual({
      type: 'threads.create',
      params: {
        input: {
          content: [{ type: 'input_text', text: 'About ' }, { type: 'input_tag', text: '@Order 7', id: 'order_7', data: { total: 3 } }],
          attachments: [],
          inference_options: { tool_choice: { id: 'search' }, model: 'gpt-test' },
          quoted_text: 'quoted',
        },
      },
    });
  });

  it('sendUserMessage sends a message; it and sendCustomAction reject while a response is streaming', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    customServer((request) => {
      if (request.type !== 'threads.create') return emptyList(request) ?? HttpResponse.json({}, { status: 400 });
      const events = replyEvents({ userText: 'From code', deltas: ['Done.'] });
      return new Response(
        new ReadableStream<Uint8Array>({
          async start(controller) {
            const [created, ...rest] = events;
            controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(created)}\n\n`));
            await gate;
            for (const event of rest) controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(event)}\n\n`));
            controller.close();
          },
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    });
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    const sent = element.sendUserMessage({ text: 'From code' });
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.start'));
    await expect(element.sendUserMessage({ text: 'Too soon' })).rejects.toThrow(/busy/);
    await expect(element.sendCustomAction({ type: 'approve' })).rejects.toMatchObject({
      name: 'IntegrationError',
      message: 'ChatKit: sendAction() ignored - already responding',
    });
    release();
    await sent;
    expect(messages(element).map((message) => message.text)).toEqual(['From code', 'Done.']);
  });

  it('setThreadId loads a thread with thread.change and load.start/end; null starts a new one', async () => {
    const stored = thread('thr_old', 'Old chat');
    stored.items.data = replyEvents({ userText: 'Earlier question', deltas: ['Earlier answer'], threadId: 'thr_old' }).flatMap((event) =>
      event.type === 'thread.item.done' ? [event.item] : [],
    );
    const requests = customServer((request) =>
      request.type === 'threads.get_by_id' ? HttpResponse.json(stored) : (emptyList(request) ?? HttpResponse.json({}, { status: 400 })),
    );
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    await element.setThreadId('thr_old');
    expect(requests.at(-1)).toEqual({ type: 'threads.get_by_id', params: { thread_id: 'thr_old' } });
    expect(messages(element).map((message) => message.text)).toEqual(['Earlier question', 'Earlier answer']);
    expect(visibleText(element)).toContain('Old chat');
    await element.setThreadId(null);
    expect(messages(element)).toEqual([]);
    expect(events.slice(1)).toEqual([
      { name: 'chatkit.thread.load.start', detail: { threadId: 'thr_old' } },
      { name: 'chatkit.thread.change', detail: { threadId: 'thr_old' } },
      { name: 'chatkit.thread.load.end', detail: { threadId: 'thr_old' } },
      { name: 'chatkit.thread.change', detail: { threadId: null } },
    ]);
  });

  it('initialThread opens that thread once ready', async () => {
    const requests = customServer((request) =>
      request.type === 'threads.get_by_id' ? HttpResponse.json(thread('thr_start', 'Saved')) : (emptyList(request) ?? HttpResponse.json({}, { status: 400 })),
    );
    const element = mountChatKit({ api: { url: CHATKIT_URL, domainKey }, initialThread: 'thr_start' });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.thread.load.end'));
    expect(eventNames(events)).toEqual(['chatkit.ready', 'chatkit.thread.load.start', 'chatkit.thread.change', 'chatkit.thread.load.end']);
    expect(requests.map((request) => request.type)).toEqual(['threads.list', 'threads.get_by_id']);
  });

  it('showHistory/hideHistory open and close the history with their events and list past threads', async () => {
    customServer((request) =>
      request.type === 'threads.list' ? HttpResponse.json({ data: [thread('thr_a', 'Refund question')], has_more: false }) : HttpResponse.json({}, { status: 400 }),
    );
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    await element.showHistory();
    expect(visibleText(element)).toContain('Refund question');
    expect(button(element, 'History').getAttribute('aria-expanded')).toBe('true');
    await element.hideHistory();
    expect(visibleText(element)).not.toContain('Refund question');
    expect(eventNames(events)).toEqual(['chatkit.ready', 'chatkit.history.open', 'chatkit.history.close']);
  });

  it('setComposerValue fills the composer and reports a tool change; focusComposer focuses it', async () => {
    customServer((request) => emptyList(request) ?? HttpResponse.json({}, { status: 400 }));
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });
    const textarea = element.shadowRoot!.querySelector('textarea')!;

    await element.setComposerValue({ text: 'Draft', selectedToolId: 'search' });
    await element.focusComposer();
    expect(textarea.value).toBe('Draft');
    expect(element.shadowRoot!.activeElement).toBe(textarea);
    expect(events.at(-1)).toEqual({ name: 'chatkit.tool.change', detail: { toolId: 'search' } });
  });

  it('sendCustomAction streams threads.custom_action for the open thread; fetchUpdates reloads it', async () => {
    const requests = customServer((request) => {
      if (request.type === 'threads.create') return eventStream(replyEvents({ userText: 'x', deltas: ['y'], threadId: 'thr_c' }));
      if ((request.type as string) === 'threads.custom_action') return eventStream([{ type: 'client_effect', name: 'confetti', data: { count: 3 } }]);
      if (request.type === 'threads.get_by_id') return HttpResponse.json(thread('thr_c', 'Reloaded'));
      return emptyList(request) ?? HttpResponse.json({}, { status: 400 });
    });
    const { element, events } = await readyWidget({ api: { url: CHATKIT_URL, domainKey } });

    const noThread = await element.sendCustomAction({ type: 'approve' }).catch((error: unknown) => error);
    expect(noThread).toBeInstanceOf(Error);
    expect(`${(noThread as Error).name}: ${(noThread as Error).message}`).toBe('IntegrationError: ChatKit: sendAction() ignored - no active thread.');
    await element.sendUserMessage({ text: 'x' });
    await element.sendCustomAction({ type: 'approve', payload: { id: 1 } }, 'item_widget');
    expect(requests.at(-1)).toEqual({ type: 'threads.custom_action', params: { thread_id: 'thr_c', item_id: 'item_widget', action: { type: 'approve', payload: { id: 1 } } } });
    expect(events).toContainEqual({ name: 'chatkit.effect', detail: { name: 'confetti', data: { count: 3 } } });

    await element.fetchUpdates();
    expect(requests.at(-2)).toEqual({ type: 'threads.get_by_id', params: { thread_id: 'thr_c' } });
    expect(visibleText(element)).toContain('Reloaded');
  });

  it('runs onClientTool for a pending client tool call and sends its result back', async () => {
    const requests = customServer((request) => {
      if (request.type === 'threads.create') {
        const [created, userItem] = replyEvents({ userText: 'Where am I?', deltas: [], threadId: 'thr_t' });
        const call = { id: 'item_tool', thread_id: 'thr_t', type: 'client_tool_call', name: 'get_location', arguments: { precise: false }, call_id: 'call_1', status: 'pending' };
        return eventStream([created, userItem, { type: 'thread.item.done', item: call }]);
      }
      if ((request.type as string) === 'threads.add_client_tool_output') {
        return eventStream(replyEvents({ userText: '', deltas: ['You are in Paris.'], threadId: 'thr_t', newThread: false }).slice(2));
      }
      return emptyList(request) ?? HttpResponse.json({}, { status: 400 });
    });
    const onClientTool = vi.fn(async () => ({ city: 'Paris' }));
    const { element } = await readyWidget({ api: { url: CHATKIT_URL, domainKey }, onClientTool });

    typeAndSend(element, 'Where am I?');
    await vi.waitFor(() => expect(messages(element).at(-1)?.text).toBe('You are in Paris.'));
    expect(onClientTool).toHaveBeenCalledWith({ name: 'get_location', params: { precise: false } });
    expect(requests.at(-1)).toEqual({ type: 'threads.add_client_tool_output', params: { thread_id: 'thr_t', result: { city: 'Paris' } } });
  });
});
