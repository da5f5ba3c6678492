// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockOpenAI, DEFAULT_WORKFLOW_ID, MockClock } from '../../../src/mock-openai/index';
import { splitIntoDeltas, titleFor } from '../../../src/mock-openai/reply';
import { API, createSession, postSession, useMswServer } from './helpers';

const server = useMswServer();

describe('MockClock', () => {
  it('starts at the real time by default and follows it', async () => {
    const clock = new MockClock();
    expect(Math.abs(clock.nowMs() - Date.now())).toBeLessThan(50);
    const before = clock.nowMs();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(clock.nowMs() - before).toBeGreaterThanOrEqual(15);
  });

  it('starts where told, reports whole seconds, and jumps on advance', () => {
    const clock = new MockClock({ startMs: 1_000_999 });
    expect(clock.nowSeconds()).toBe(1000);
    clock.advance(10 * 60 * 1000);
    expect(clock.nowMs() - 1_000_999).toBeGreaterThanOrEqual(600_000);
    expect(clock.nowMs() - 1_000_999).toBeLessThan(600_100);
    expect(clock.isoNow()).toBe(new Date(clock.nowMs()).toISOString());
  });

  it('refuses to go backwards', () => {
    const clock = new MockClock();
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  });

  it('can be shared with the mock through config', () => {
    const clock = new MockClock();
    expect(createMockOpenAI({ clock }).clock).toBe(clock);
  });
});

describe('latency', () => {
  it('delays each endpoint group by its configured latency, with real timers', async () => {
    server.use(...createMockOpenAI({ latencyMs: { sessions: 80 } }).handlers);
    const started = performance.now();
    const session = await createSession();
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);

    const conversationStart = performance.now();
    await fetch(`${API}/conversation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.client_secret}` },
      body: JSON.stringify({ type: 'threads.list', params: {} }),
    });
    expect(performance.now() - conversationStart).toBeLessThan(75);
  });
});

describe('request log', () => {
  it('records each answered request with its endpoint and status', async () => {
    const mock = createMockOpenAI();
    server.use(...mock.handlers);
    await postSession({ user: 'u', workflow: { id: 'wf_unknown' } });
    const session = await createSession({ workflow: { id: DEFAULT_WORKFLOW_ID } });
    await fetch(`${API}/conversation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.client_secret}` },
      body: JSON.stringify({ type: 'threads.list', params: {} }),
    });
    expect(mock.requestLog.map(({ endpoint, method, status }) => ({ endpoint, method, status }))).toEqual([
      { endpoint: 'sessions.create', method: 'POST', status: 404 },
      { endpoint: 'sessions.create', method: 'POST', status: 200 },
      { endpoint: 'conversation', method: 'POST', status: 200 },
    ]);
    expect(mock.requestLog[2]?.url).toBe(`${API}/conversation`);
  });
});

describe('reply helpers', () => {
  it('splits a reply into deltas that join back exactly', () => {
    const text = '  Hello there,  this is\na reply with several words. ';
    const deltas = splitIntoDeltas(text);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join('')).toBe(text);
    expect(splitIntoDeltas('')).toEqual([]);
  });

  it('titles a thread with the first words of its first message', () => {
    expect(titleFor('Why does my ChatKit widget stay blank after deploy?')).toBe('Why does my ChatKit widget stay');
    expect(titleFor('   ')).toBe('New chat');
    expect(titleFor('x'.repeat(60))).toHaveLength(40);
  });
});
