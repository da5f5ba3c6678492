// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ThreadItem, ThreadStreamEvent } from '../../../src/chatkit-protocol/index';
import { createMockOpenAI, triggerWordScript, weatherCard } from '../../../src/mock-openai/index';
import { converse, createSession, eventTypes, readEvents, useMswServer, userInput } from './helpers';

const server = useMswServer();

async function setUp() {
  server.use(...createMockOpenAI({ script: triggerWordScript }).handlers);
  return (await createSession()).client_secret;
}

async function startThread(secret: string, text: string) {
  const events = await readEvents(await converse(secret, { type: 'threads.create', params: { input: userInput(text) } }));
  return { events, threadId: (events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id };
}

function doneItem(events: readonly ThreadStreamEvent[], type: ThreadItem['type']): ThreadItem | undefined {
  return events.flatMap((event) => (event.type === 'thread.item.done' ? [event.item] : [])).find((item) => item.type === type);
}

describe('POST /v1/chatkit/conversation with a script', () => {
  it('streams the widget a workflow answers with, with hosted ids', async () => {
    const secret = await setUp();
    const { events } = await startThread(secret, 'a widget please');
    expect(doneItem(events, 'widget')).toMatchObject({ id: expect.stringMatching(/^cti_/), type: 'widget', widget: weatherCard('Sunny, 21 °C') });
  });

  it('streams a client tool call and continues after threads.add_client_tool_output', async () => {
    const secret = await setUp();
    const { events, threadId } = await startThread(secret, 'use the tool');
    expect(doneItem(events, 'client_tool_call')).toMatchObject({ status: 'pending', name: 'get_weather', arguments: { city: 'Paris' } });
    const continued = await readEvents(
      await converse(secret, { type: 'threads.add_client_tool_output', params: { thread_id: threadId, result: { ok: true } } }),
    );
    expect(eventTypes(continued)).toEqual(['stream_options', 'thread.item.added', 'thread.item.updated', 'thread.item.updated', 'thread.item.updated', 'thread.item.done']);
  });

  it('answers a streamed custom action from the widget, and a notice before the reply', async () => {
    const secret = await setUp();
    const { events, threadId } = await startThread(secret, 'notice and a widget');
    expect(eventTypes(events)).toContain('notice');
    const widget = doneItem(events, 'widget');
    const answered = await readEvents(
      await converse(secret, {
        type: 'threads.custom_action',
        params: { thread_id: threadId, item_id: widget?.id, action: { type: 'weather.refresh' } },
      }),
    );
    expect(eventTypes(answered).slice(0, 2)).toEqual(['stream_options', 'thread.item.replaced']);
  });

  it('answers 404 in the OpenAI error envelope for an action on a thread that does not exist', async () => {
    const secret = await setUp();
    const response = await converse(secret, { type: 'threads.custom_action', params: { thread_id: 'cthr_nope', action: { type: 'x' } } });
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toBe("Thread with id 'cthr_nope' not found.");
  });
});
