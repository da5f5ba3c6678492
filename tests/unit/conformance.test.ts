// @vitest-environment node
import { getResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatKitServer, triggerWordScript } from '../../src/mock-openai/index';
import { readAnswer, requestFor, type Answer, type ChatKitClient } from './conformance/answers';
import { startPythonServer, type RunningPythonServer } from './conformance/python-server';
import { runScenario, type Exchange } from './conformance/scenario';
import { answerDifferences, eventSignatures, shapeDifferences } from './conformance/shape-diff';

/*
 * The simulated ChatKit server against the real chatkit-python (python/conformance_server.py, from
 * the venv that `node scripts/python-env.mjs` builds): the same requests to both, and every answer's
 * status, content type, event sequence and the shape of each event and JSON body must agree.
 */

const MOCK_URL = 'http://conformance.mock.test/chatkit';

let python: RunningPythonServer;
let library: Exchange[];
let mock: Exchange[];

beforeAll(async () => {
  python = await startPythonServer(20_000);
  const libraryClient: ChatKitClient = async (body) => readAnswer(await fetch(requestFor(python.url, body)));
  const { handlers } = createChatKitServer({ url: MOCK_URL, script: triggerWordScript });
  const mockClient: ChatKitClient = async (body) => {
    const response = await getResponse(handlers, requestFor(MOCK_URL, body));
    if (!response) throw new Error(`the mock did not answer ${body.type}`);
    return readAnswer(response);
  };
  library = await runScenario(libraryClient);
  mock = await runScenario(mockClient);
}, 25_000);

afterAll(async () => {
  await python?.stop();
});

function answerOf(exchanges: readonly Exchange[], step: string): Answer {
  const found = exchanges.find((exchange) => exchange.step === step);
  if (!found) throw new Error(`no step "${step}"`);
  return found.answer;
}

describe('the simulated ChatKit server conforms to chatkit-python 1.6.5', () => {
  it('runs the same steps on both', () => {
    expect(mock.map((exchange) => exchange.step)).toEqual(library.map((exchange) => exchange.step));
  });

  it('answers every step with the same status, content type, events and shapes', () => {
    const differences = library.flatMap(({ step, answer }) =>
      answerDifferences(answer, answerOf(mock, step)).map((difference) => `${step}: ${difference}`),
    );
    expect(differences).toEqual([]);
  });

  // The library's own answers, so a scenario that stopped exercising something would show here.
  it.each([
    ['a widget', ['thread.item.done', 'stream_options', 'thread.item.added', 'thread.item.updated/assistant_message.content_part.added',
      'thread.item.updated/assistant_message.content_part.text_delta', 'thread.item.updated/assistant_message.content_part.done',
      'thread.item.done', 'thread.item.done']],
    ['threads.custom_action from the widget', ['stream_options', 'thread.item.replaced', 'thread.item.added',
      'thread.item.updated/assistant_message.content_part.added', 'thread.item.updated/assistant_message.content_part.text_delta',
      'thread.item.updated/assistant_message.content_part.done', 'thread.item.done']],
    ['a client tool call', ['thread.item.done', 'stream_options', 'thread.item.done']],
    ['progress, notice and client effect', ['thread.item.done', 'stream_options', 'progress_update', 'notice', 'client_effect',
      'thread.item.added', 'thread.item.updated/assistant_message.content_part.added',
      'thread.item.updated/assistant_message.content_part.text_delta', 'thread.item.updated/assistant_message.content_part.done',
      'thread.item.done']],
    ['respond() raises', ['thread.item.done', 'stream_options', 'error']],
    ['threads.retry_after_item of a missing item', []],
    ['threads.custom_action sent by a message', ['error']],
  ])('the library answers "%s" with %j', (step, signatures) => {
    const { body } = answerOf(library, step);
    expect(body.kind).toBe('events');
    expect(eventSignatures((body as { events: unknown[] }).events)).toEqual(signatures);
  });

  it('the library takes a large nested client tool result, and refuses a request without one', () => {
    const large = answerOf(library, 'threads.add_client_tool_output with a large nested result');
    expect(large).toMatchObject({ status: 200, body: { kind: 'events' } });
    expect(eventSignatures((large.body as { events: unknown[] }).events)).toContain('thread.item.done');
    expect(answerOf(library, 'threads.add_client_tool_output without a result')).toMatchObject({ status: 500 });
  });

  it('the library breaks off a stream that raised, after whatever it had sent', () => {
    expect(answerOf(library, 'threads.add_user_message to a missing thread')).toMatchObject({
      status: 200,
      body: { kind: 'broken stream', events: [] },
    });
    expect(answerOf(library, 'threads.create with a made-up attachment id')).toMatchObject({
      status: 200,
      body: { kind: 'broken stream', events: [{ type: 'thread.created' }] },
    });
  });
});

describe('the shape comparison', () => {
  it('finds a missing key, a different type, a different discriminator and a different length', () => {
    const differences: string[] = [];
    shapeDifferences(
      { type: 'notice', level: 'warning', message: 'a', title: 'b', items: [1, 2] },
      { type: 'notice', level: 'info', message: 7, items: [1] },
      'event',
      differences,
    );
    expect(differences).toEqual([
      'event.items: library has 2 elements, mock 1',
      'event.level: library "warning", mock "info"',
      'event.message: library string "a", mock number 7',
      'event.title: only the library sends it ("b")',
    ]);
  });

  it('lets ids, timestamps and free text differ, but not booleans or numbers', () => {
    const differences: string[] = [];
    shapeDifferences(
      { id: 'thr_1', created_at: '2026-01-01T00:00:00', text: 'hi', allow_retry: true, content_index: 0 },
      { id: 'thr_2', created_at: '2026-01-01T00:00:00.000Z', text: 'hello', allow_retry: false, content_index: 0 },
      'event',
      differences,
    );
    expect(differences).toEqual(['event.allow_retry: library true, mock false']);
  });

  it('compares event sequences with each run of text deltas counted once', () => {
    const delta = (text: string) => ({ type: 'thread.item.updated', item_id: 'm', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: text } });
    const answer = (events: unknown[]): Answer => ({ status: 200, contentType: 'text/event-stream', body: { kind: 'events', events } });
    expect(answerDifferences(answer([delta('a'), delta('b')]), answer([delta('ab')]))).toEqual([]);
    expect(answerDifferences(answer([delta('a'), { type: 'notice' }]), answer([delta('a')]))).toHaveLength(1);
  });
});
