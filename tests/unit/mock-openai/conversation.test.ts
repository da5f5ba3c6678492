// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type {
  AssistantMessageItem,
  Thread,
  ThreadStreamEvent,
  UserMessageItem,
} from '../../../src/chatkit-protocol/index';
import { createMockOpenAI, type MockOpenAIConfig } from '../../../src/mock-openai/index';
import { converse, createSession, errorOf, eventTypes, readEvents, useMswServer, userInput } from './helpers';

const server = useMswServer();

async function setUp(config: MockOpenAIConfig = {}, sessionBody: Record<string, unknown> = {}) {
  const mock = createMockOpenAI(config);
  server.use(...mock.handlers);
  const session = await createSession(sessionBody);
  return { mock, session, secret: session.client_secret };
}

async function startThread(secret: string, text: string) {
  const response = await converse(secret, { type: 'threads.create', params: { input: userInput(text) } });
  const events = await readEvents(response);
  const created = events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>;
  return { response, events, threadId: created.thread.id };
}

function deltasOf(events: readonly ThreadStreamEvent[]): string[] {
  return events.flatMap((event) =>
    event.type === 'thread.item.updated' && event.update.type === 'assistant_message.content_part.text_delta' ? [event.update.delta] : [],
  );
}

describe('POST /v1/chatkit/conversation: client secret', () => {
  it('answers 401 invalid_client_secret for an unknown secret', async () => {
    await setUp();
    const response = await converse('ek_made_up', { type: 'threads.list', params: {} });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({
      message: 'Invalid client_secret provided.',
      type: 'invalid_request_error',
      param: null,
      code: 'invalid_client_secret',
    });
  });

  it('answers 401 invalid_client_secret when the API key is used instead', async () => {
    await setUp();
    const response = await converse('sk-test-valid-key', { type: 'threads.list', params: {} });
    expect((await errorOf(response)).code).toBe('invalid_client_secret');
  });

  it('works until the clock passes expires_at, then answers client_secret_expired', async () => {
    const { mock, secret } = await setUp();
    expect((await converse(secret, { type: 'threads.list', params: {} })).status).toBe(200);
    mock.clock.advance(10 * 60 * 1000);
    const response = await converse(secret, { type: 'threads.list', params: {} });
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({
      message: 'Client secret has expired.',
      type: 'invalid_request_error',
      param: null,
      code: 'client_secret_expired',
    });
  });

  it('is still valid just before expiry', async () => {
    const { mock, secret } = await setUp({}, { expires_after: { anchor: 'created_at', seconds: 120 } });
    mock.clock.advance(118 * 1000);
    expect((await converse(secret, { type: 'threads.list', params: {} })).status).toBe(200);
  });

  it('stops working once the session is cancelled', async () => {
    const { session, secret } = await setUp();
    await fetch(`https://api.openai.com/v1/chatkit/sessions/${session.id}/cancel`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test-valid-key', 'openai-beta': 'chatkit_beta=v1' },
    });
    const response = await converse(secret, { type: 'threads.list', params: {} });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('client_secret_expired');
  });
});

describe('POST /v1/chatkit/conversation: streaming', () => {
  it('answers threads.create with the chatkit-python event order', async () => {
    const { secret } = await setUp({ reply: () => 'One two three four five six seven.' });
    const { response, events } = await startThread(secret, 'Where is my order?');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    expect(eventTypes(events)).toEqual([
      'thread.created',
      'thread.item.done',
      'stream_options',
      'thread.item.added',
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.done',
      'thread.updated',
    ]);

    const [created, userDone, options, added, , , , assistantDone, updated] = events;
    const thread = (created as { thread: Thread }).thread;
    expect(thread.id).toMatch(/^cthr_/);
    expect(thread).not.toHaveProperty('title'); // null fields are left out, as chatkit-python does
    expect(thread).toMatchObject({ status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } });

    const user = (userDone as { item: UserMessageItem }).item;
    expect(user).toMatchObject({
      type: 'user_message',
      thread_id: thread.id,
      content: [{ type: 'input_text', text: 'Where is my order?' }],
      attachments: [],
    });
    expect(user.id).toMatch(/^cti_/);
    expect(options).toEqual({ type: 'stream_options', stream_options: { allow_cancel: true } });

    const assistantStart = (added as { item: AssistantMessageItem }).item;
    expect(assistantStart).toMatchObject({ type: 'assistant_message', thread_id: thread.id, content: [] });
    for (const event of events.filter((e) => e.type === 'thread.item.updated')) {
      expect(event).toMatchObject({
        item_id: assistantStart.id,
        update: { type: 'assistant_message.content_part.text_delta', content_index: 0 },
      });
    }
    expect(deltasOf(events).join('')).toBe('One two three four five six seven.');
    expect((assistantDone as { item: AssistantMessageItem }).item).toEqual({
      ...assistantStart,
      content: [{ type: 'output_text', text: 'One two three four five six seven.', annotations: [] }],
    });
    expect((updated as { thread: Thread }).thread).toMatchObject({ id: thread.id, title: 'Where is my order?' });
  });

  it('answers threads.add_user_message without thread.created and without a second title', async () => {
    const { secret } = await setUp();
    const { threadId } = await startThread(secret, 'First question');
    const response = await converse(secret, {
      type: 'threads.add_user_message',
      params: { thread_id: threadId, input: userInput('Second question') },
    });
    const events = await readEvents(response);
    expect(eventTypes(events)).toEqual([
      'thread.item.done',
      'stream_options',
      'thread.item.added',
      ...deltasOf(events).map(() => 'thread.item.updated'),
      'thread.item.done',
    ]);
    expect(events[0]).toMatchObject({ item: { type: 'user_message', thread_id: threadId } });
  });

  it('uses the default reply, which says it is simulated, in several deltas', async () => {
    const { secret } = await setUp();
    const { events } = await startThread(secret, 'Hello there');
    const deltas = deltasOf(events);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join('')).toMatch(/simulated/i);
    expect(deltas.join('')).toContain('Hello there');
  });

  it('waits streamChunkDelayMs before each delta', async () => {
    const { secret } = await setUp({ streamChunkDelayMs: 30, reply: () => 'a b c d e f g h i' });
    const started = performance.now();
    const { events } = await startThread(secret, 'hi');
    expect(deltasOf(events)).toHaveLength(3);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 30 - 5);
  });

  it('sends no thread.updated when the session turned titling off', async () => {
    const { secret } = await setUp({}, { chatkit_configuration: { automatic_thread_titling: { enabled: false } } });
    const { events } = await startThread(secret, 'Hello');
    expect(eventTypes(events)).not.toContain('thread.updated');
  });

  it('retries after a user message: drops later items and answers again', async () => {
    let calls = 0;
    const { secret } = await setUp({ reply: () => `answer ${++calls}` });
    const { events, threadId } = await startThread(secret, 'Question');
    const userItem = (events[1] as { item: UserMessageItem }).item;
    const response = await converse(secret, {
      type: 'threads.retry_after_item',
      params: { thread_id: threadId, item_id: userItem.id },
    });
    const retried = await readEvents(response);
    expect(eventTypes(retried)).toEqual(['stream_options', 'thread.item.added', 'thread.item.updated', 'thread.item.done']);
    expect(deltasOf(retried).join('')).toBe('answer 2');

    const thread = (await (await converse(secret, { type: 'threads.get_by_id', params: { thread_id: threadId } })).json()) as Thread;
    expect(thread.items.data.map((item) => item.type)).toEqual(['user_message', 'assistant_message']);
    expect(thread.items.data[1]).toMatchObject({ content: [{ text: 'answer 2' }] });
  });
});

describe('POST /v1/chatkit/conversation: failures', () => {
  const streamError = { type: 'error', code: 'stream.error', allow_retry: true };

  it('fails the next response once after failNextResponse()', async () => {
    const { mock, secret } = await setUp();
    mock.failNextResponse();
    const failed = await startThread(secret, 'Hello');
    expect(eventTypes(failed.events)).toEqual(['thread.created', 'thread.item.done', 'stream_options', 'error']);
    expect(failed.events.at(-1)).toEqual(streamError);

    const next = await startThread(secret, 'Hello again');
    expect(eventTypes(next.events)).toContain('thread.item.added');
    expect(eventTypes(next.events)).not.toContain('error');
  });

  it('fails every response with replyError', async () => {
    const { secret } = await setUp({ replyError: true });
    for (const text of ['one', 'two']) {
      const { events } = await startThread(secret, text);
      expect(events.at(-1)).toEqual(streamError);
    }
  });

  it('fails when the reply function throws', async () => {
    const { secret } = await setUp({
      reply: () => {
        throw new Error('model down');
      },
    });
    const { events } = await startThread(secret, 'Hello');
    expect(events.at(-1)).toEqual(streamError);
  });

  it('fails every response of a session created with workflow version "latest"', async () => {
    const { secret } = await setUp({}, { workflow: { id: 'wf_demo_support', version: 'latest' } });
    const { events } = await startThread(secret, 'Hello');
    expect(events.at(-1)).toEqual(streamError);
  });

  it('answers 500 for a made-up attachment id', async () => {
    const { secret } = await setUp();
    const response = await converse(secret, { type: 'threads.create', params: { input: userInput('see file', ['123']) } });
    expect(response.status).toBe(500);
    expect((await errorOf(response)).type).toBe('server_error');
  });

  it('answers 404 for a thread that does not exist', async () => {
    const { secret } = await setUp();
    const response = await converse(secret, {
      type: 'threads.add_user_message',
      params: { thread_id: 'cthr_nope', input: userInput('hi') },
    });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toBe("Thread with id 'cthr_nope' not found.");
  });

  it('answers 400 for an unknown request type and for a body that is not JSON', async () => {
    const { secret } = await setUp();
    const unknown = await converse(secret, { type: 'threads.explode', params: {} });
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toBe("Unsupported request type: 'threads.explode'.");

    const notJson = await fetch('https://api.openai.com/v1/chatkit/conversation', {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: 'not json',
    });
    expect(notJson.status).toBe(400);
  });

  it('answers 400 for a malformed message input', async () => {
    const { secret } = await setUp();
    const response = await converse(secret, { type: 'threads.create', params: { input: { content: 'hi' } } });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/input\.content/);
  });
});

describe('POST /v1/chatkit/conversation: threads', () => {
  it('lists a user’s threads newest first, with paging', async () => {
    const { secret } = await setUp();
    const first = await startThread(secret, 'first');
    const second = await startThread(secret, 'second');
    const third = await startThread(secret, 'third');

    const page1 = await (await converse(secret, { type: 'threads.list', params: { limit: 2 } })).json();
    expect(page1).toMatchObject({ has_more: true, after: second.threadId });
    expect(page1.data.map((thread: Thread) => thread.id)).toEqual([third.threadId, second.threadId]);
    expect(page1.data[0]).toMatchObject({ title: 'third', items: { data: [] } });

    const page2 = await (await converse(secret, { type: 'threads.list', params: { limit: 2, after: second.threadId } })).json();
    expect(page2).toMatchObject({ has_more: false, after: first.threadId });
    expect(page2.data.map((thread: Thread) => thread.id)).toEqual([first.threadId]);

    const ascending = await (await converse(secret, { type: 'threads.list', params: { order: 'asc' } })).json();
    expect(ascending.data.map((thread: Thread) => thread.id)).toEqual([first.threadId, second.threadId, third.threadId]);
  });

  it('returns a thread with its items', async () => {
    const { secret } = await setUp({ reply: () => 'Answer.' });
    const { threadId } = await startThread(secret, 'Question?');
    const response = await converse(secret, { type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(response.headers.get('content-type')).toBe('application/json');
    const thread = (await response.json()) as Thread;
    expect(thread).toMatchObject({ id: threadId, title: 'Question?' });
    expect(thread.items.data).toMatchObject([
      { type: 'user_message', content: [{ text: 'Question?' }] },
      { type: 'assistant_message', content: [{ text: 'Answer.' }] },
    ]);
  });

  it('shares threads between sessions of one user, not with other users', async () => {
    const { secret } = await setUp();
    const { threadId } = await startThread(secret, 'mine');
    const sameUser = await createSession({ user: 'user_alice' });
    const otherUser = await createSession({ user: 'user_bob' });

    const ownRead = await converse(sameUser.client_secret, { type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(ownRead.status).toBe(200);
    const foreignRead = await converse(otherUser.client_secret, { type: 'threads.get_by_id', params: { thread_id: threadId } });
    expect(foreignRead.status).toBe(404);
    const foreignList = await (await converse(otherUser.client_secret, { type: 'threads.list', params: {} })).json();
    expect(foreignList.data).toEqual([]);
  });

  it('keeps threads per instance', async () => {
    const first = await setUp();
    await startThread(first.secret, 'in the first mock');
    server.resetHandlers(...createMockOpenAI().handlers);
    const second = await createSession();
    const list = await (await converse(second.client_secret, { type: 'threads.list', params: {} })).json();
    expect(list.data).toEqual([]);
  });
});
