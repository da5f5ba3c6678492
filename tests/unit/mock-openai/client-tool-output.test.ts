// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ThreadStreamEvent } from '../../../src/chatkit-protocol/index';
import { corsCheck } from '../../../src/examples/cors-gate';
import { TOOL_OUTPUT_LIMIT_BYTES } from '../../../src/mock-openai/conversation-endpoint';
import { createMockOpenAI, triggerWordScript } from '../../../src/mock-openai/index';
import { API, converse, createSession, eventTypes, readEvents, useMswServer, userInput } from './helpers';

const server = useMswServer();
afterEach(() => vi.restoreAllMocks());

/** A thread whose last item is a pending `get_weather` call, and its client secret. */
async function pendingToolCall(mock = createMockOpenAI({ script: triggerWordScript })) {
  server.use(...mock.handlers);
  const secret = (await createSession()).client_secret;
  const events = await readEvents(await converse(secret, { type: 'threads.create', params: { input: userInput('use the tool') } }));
  const threadId = (events[0] as Extract<ThreadStreamEvent, { type: 'thread.created' }>).thread.id;
  return { mock, secret, threadId };
}

const output = (threadId: string, result: unknown) => ({ type: 'threads.add_client_tool_output', params: { thread_id: threadId, result } });

/** A result whose JSON is `bytes` long. */
function resultOfSize(bytes: number): Record<string, unknown> {
  const result = { report: '' };
  result.report = 'x'.repeat(bytes - JSON.stringify(result).length);
  return result;
}

describe('threads.add_client_tool_output on the hosted conversation endpoint', () => {
  it(`takes a JSON object of up to ${TOOL_OUTPUT_LIMIT_BYTES} bytes and continues the response`, async () => {
    const { secret, threadId } = await pendingToolCall();
    const result = resultOfSize(TOOL_OUTPUT_LIMIT_BYTES);
    expect(JSON.stringify(result)).toHaveLength(TOOL_OUTPUT_LIMIT_BYTES);
    const answer = await converse(secret, output(threadId, result));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(eventTypes(await readEvents(answer))).toContain('thread.item.done');
  });

  it.each([
    ['a larger object', resultOfSize(TOOL_OUTPUT_LIMIT_BYTES + 1)],
    ['an array', [{ city: 'Paris' }]],
    ['a string', 'sunny'],
    ['null', null],
  ])('answers %s with a 500 without CORS headers, which the widget frame is refused, as Chromium logs it', async (_name, result) => {
    const mock = createMockOpenAI({ script: triggerWordScript });
    const { secret, threadId } = await pendingToolCall(mock);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(converse(secret, output(threadId, result))).rejects.toThrow(TypeError);
    expect(logged.mock.calls).toEqual([
      [
        // The reason is the one the sandbox's CORS gate gives, which its tests compare with Chromium's.
        `Access to fetch at '${API}/conversation' from origin 'https://cdn.platform.openai.com' has been blocked by CORS policy: ${corsCheck(new Response(null), 'https://cdn.platform.openai.com', false)}`,
      ],
      [`POST ${API}/conversation net::ERR_FAILED 500`],
    ]);
    expect(mock.requestLog.at(-1)).toMatchObject({ endpoint: 'conversation', status: 500 });
  });

  it('leaves the tool call pending after a refused result, so a small result still continues the response', async () => {
    const { secret, threadId } = await pendingToolCall();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(converse(secret, output(threadId, resultOfSize(TOOL_OUTPUT_LIMIT_BYTES * 2)))).rejects.toThrow(TypeError);
    const answer = await converse(secret, output(threadId, { ok: true, city: 'Paris' }));
    expect(answer.status).toBe(200);
    expect(eventTypes(await readEvents(answer))).toContain('thread.item.done');
  });

  it('lets every other answer of the widget’s endpoints through, CORS headers and all', async () => {
    const { secret } = await pendingToolCall();
    const logged = vi.spyOn(console, 'error');
    const refused = await converse(secret, { type: 'threads.get_by_id', params: { thread_id: 'cthr_missing' } });
    expect(refused.status).toBe(404);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    const domain = await fetch(`${API}/domain_keys/verify_hosted`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'localhost' }),
    });
    expect(domain.status).toBe(200);
    expect(logged).not.toHaveBeenCalled();
  });
});
