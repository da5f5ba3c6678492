// @vitest-environment node
import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { Attachment, Thread, ThreadStreamEvent, UserMessageItem } from '../../../src/chatkit-protocol/index';
import { createChatKitServer, type ChatKitServerConfig } from '../../../src/mock-openai/index';
import { eventTypes, readEvents, uploadForm, useMswServer, userInput } from './helpers';

const server = useMswServer();
const URL_ = 'https://app.example.test/api/chatkit';

function install(config: Partial<ChatKitServerConfig> = {}) {
  const chatKitServer = createChatKitServer({ url: URL_, ...config });
  server.use(...chatKitServer.handlers);
  return chatKitServer;
}

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(URL_, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function startThread(text: string) {
  const events = await readEvents(await post({ type: 'threads.create', params: { input: userInput(text) } }));
  return { events, threadId: (events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id };
}

describe('createChatKitServer: the protocol endpoint', () => {
  it('streams threads.create in chatkit-python order with chatkit-python ids', async () => {
    install({ reply: () => 'Hi from your server, friend.' });
    const response = await post({ type: 'threads.create', params: { input: userInput('Hello') } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const events = await readEvents(response);
    expect(eventTypes(events)).toEqual([
      'thread.created',
      'thread.item.done',
      'stream_options',
      'thread.item.added',
      'thread.item.updated', // content_part.added
      'thread.item.updated',
      'thread.item.updated',
      'thread.item.updated', // content_part.done
      'thread.item.done',
      'thread.updated',
    ]);
    expect(events[0]).toMatchObject({ thread: { id: expect.stringMatching(/^thr_[0-9a-f]{8}$/) } });
    expect(events[1]).toMatchObject({ item: { id: expect.stringMatching(/^msg_[0-9a-f]{8}$/), type: 'user_message' } });
    expect(events.at(-2)).toMatchObject({ item: { content: [{ type: 'output_text', text: 'Hi from your server, friend.' }] } });
    expect(events.at(-1)).toMatchObject({ thread: { title: 'Hello' } });
  });

  it('streams threads.add_user_message and answers threads.list / threads.get_by_id with JSON', async () => {
    install();
    const { threadId } = await startThread('first');
    const added = await readEvents(
      await post({ type: 'threads.add_user_message', params: { thread_id: threadId, input: userInput('second') } }),
    );
    expect(eventTypes(added).slice(0, 3)).toEqual(['thread.item.done', 'stream_options', 'thread.item.added']);

    const list = await post({ type: 'threads.list', params: {} });
    expect(list.headers.get('content-type')).toBe('application/json');
    const page = await list.json();
    expect(page).toEqual({ data: [expect.objectContaining({ id: threadId, title: 'first' })], has_more: false });

    const thread = (await (await post({ type: 'threads.get_by_id', params: { thread_id: threadId } })).json()) as Thread;
    expect(thread.items.data.map((item) => item.type)).toEqual([
      'user_message',
      'assistant_message',
      'user_message',
      'assistant_message',
    ]);
  });

  it('answers an unknown type or a body that is not JSON as Starlette answers what pydantic raises: 500', async () => {
    install();
    for (const response of [await post({ type: 'threads.explode', params: {} }), await fetch(URL_, { method: 'POST', body: '{' })]) {
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Internal Server Error');
    }
  });

  it('answers 500 for an unknown thread in a JSON request, and breaks off the body of a streamed one', async () => {
    install();
    const read = await post({ type: 'threads.get_by_id', params: { thread_id: 'thr_missing' } });
    expect(read.status).toBe(500);
    expect(await read.text()).toBe('Internal Server Error');

    // Read from the handlers directly: msw/node would fail the fetch before the status arrives.
    const streamed = await getResponse(
      createChatKitServer({ url: URL_ }).handlers,
      new Request(URL_, {
        method: 'POST',
        body: JSON.stringify({ type: 'threads.add_user_message', params: { thread_id: 'thr_missing', input: userInput('hi') } }),
      }),
    );
    expect(streamed?.status).toBe(200);
    expect(streamed?.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    await expect(streamed?.text()).rejects.toThrow('network error');
  });

  it('answers 401 unless the required header is present', async () => {
    install({ requireHeader: { name: 'Authorization', value: 'Bearer user-token' } });
    const missing = await post({ type: 'threads.list', params: {} });
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ detail: 'Unauthorized' });
    expect((await post({ type: 'threads.list', params: {} }, { authorization: 'Bearer other' })).status).toBe(401);
    expect((await post({ type: 'threads.list', params: {} }, { authorization: 'Bearer user-token' })).status).toBe(200);
  });

  it('fails the next response on request, and every response with replyError', async () => {
    const once = install();
    once.failNextResponse();
    expect((await startThread('a')).events.at(-1)).toEqual({ type: 'error', code: 'stream.error', allow_retry: true });
    expect(eventTypes((await startThread('b')).events)).not.toContain('error');

    server.resetHandlers(...createChatKitServer({ url: URL_, replyError: true }).handlers);
    expect((await startThread('c')).events.at(-1)).toMatchObject({ type: 'error', code: 'stream.error' });
    expect((await startThread('d')).events.at(-1)).toMatchObject({ type: 'error', code: 'stream.error' });
  });

  it('keeps state per server', async () => {
    install();
    await startThread('only here');
    server.resetHandlers(...createChatKitServer({ url: URL_ }).handlers);
    expect((await (await post({ type: 'threads.list', params: {} })).json()).data).toEqual([]);
  });
});

describe('createChatKitServer: uploads', () => {
  it('two-phase: attachments.create returns an upload_descriptor, the upload returns the attachment', async () => {
    install();
    const created = (await (
      await post({ type: 'attachments.create', params: { name: 'report.pdf', size: 8, mime_type: 'application/pdf' } })
    ).json()) as Attachment;
    expect(created).toEqual({
      type: 'file',
      id: expect.stringMatching(/^atc_[0-9a-f]{8}$/),
      name: 'report.pdf',
      mime_type: 'application/pdf',
      upload_descriptor: { url: `${URL_}/attachments/${created.id}/upload`, method: 'POST', headers: {} },
    });

    const uploadResponse = await fetch(created.upload_descriptor!.url, {
      method: 'POST',
      body: uploadForm(new File(['%PDF-1.7'], 'report.pdf', { type: 'application/pdf' })),
    });
    expect(uploadResponse.status).toBe(200);
    const uploaded = await uploadResponse.json();
    expect(uploaded).toEqual({ type: 'file', id: created.id, name: 'report.pdf', mime_type: 'application/pdf' });

    const events = await readEvents(await post({ type: 'threads.create', params: { input: userInput('see', [created.id]) } }));
    const threadId = (events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id;
    expect(((events[1] as { item: UserMessageItem }).item).attachments).toEqual([{ ...uploaded, thread_id: threadId }]);
  });

  it('two-phase: an image gets a preview from its bytes', async () => {
    install();
    const created = (await (
      await post({ type: 'attachments.create', params: { name: 'a.png', size: 3, mime_type: 'image/png' } })
    ).json()) as Attachment;
    expect(created).toMatchObject({ type: 'image', preview_url: expect.stringMatching(/^data:/) });
    const uploaded = await (
      await fetch(created.upload_descriptor!.url, { method: 'POST', body: uploadForm(new File(['abc'], 'a.png', { type: 'image/png' })) })
    ).json();
    expect(uploaded).toMatchObject({ type: 'image', id: created.id, preview_url: `data:image/png;base64,${btoa('abc')}` });
    expect(uploaded).not.toHaveProperty('upload_descriptor');
  });

  it('two-phase: answers 404 for an upload to an unknown attachment', async () => {
    install();
    const response = await fetch(`${URL_}/attachments/atc_nope/upload`, {
      method: 'POST',
      body: uploadForm(new File(['x'], 'x.pdf')),
    });
    expect(response.status).toBe(404);
  });

  it('attachments.delete answers {} and forgets the attachment', async () => {
    install();
    const created = (await (
      await post({ type: 'attachments.create', params: { name: 'a.pdf', size: 1, mime_type: 'application/pdf' } })
    ).json()) as Attachment;
    const deleted = await post({ type: 'attachments.delete', params: { attachment_id: created.id } });
    expect(await deleted.json()).toEqual({});
    const upload = await fetch(created.upload_descriptor!.url, { method: 'POST', body: uploadForm(new File(['x'], 'a.pdf')) });
    expect(upload.status).toBe(404);
  });

  it('direct: the upload URL takes multipart file and returns Attachment JSON', async () => {
    install({ uploadUrl: 'https://app.example.test/api/upload' });
    const response = await fetch('https://app.example.test/api/upload', {
      method: 'POST',
      body: uploadForm(new File(['col1,col2'], 'data.csv', { type: 'text/csv' })),
    });
    expect(response.status).toBe(200);
    const attachment = (await response.json()) as Attachment;
    expect(attachment).toEqual({ type: 'file', id: expect.stringMatching(/^atc_/), name: 'data.csv', mime_type: 'text/csv' });

    const events = await readEvents(await post({ type: 'threads.create', params: { input: userInput('see', [attachment.id]) } }));
    const threadId = (events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id;
    expect(((events[1] as { item: UserMessageItem }).item).attachments).toEqual([{ ...attachment, thread_id: threadId }]);
  });

  it('direct: answers 400 without a file part', async () => {
    install({ uploadUrl: 'https://app.example.test/api/upload' });
    const response = await fetch('https://app.example.test/api/upload', { method: 'POST', body: 'raw' });
    expect(response.status).toBe(400);
  });

  it('has no direct upload endpoint unless uploadUrl is set', async () => {
    const chatKitServer = createChatKitServer({ url: URL_ });
    expect(chatKitServer.handlers).toHaveLength(2);
    expect(createChatKitServer({ url: URL_, uploadUrl: '/upload' }).handlers).toHaveLength(3);
  });
});
