// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createMockOpenAI, DEFAULT_WORKFLOW_ID, MockClock } from '../../../src/mock-openai/index';
import { splitIntoDeltas, titleFor } from '../../../src/mock-openai/reply';
import { API, createSession, postSession, useMswServer } from './helpers';

const server = useMswServer();

describe('MockClock', () => {
  it('starts at the real time by default and follows it', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_700_000_000_000 });
    try {
      const clock = new MockClock();
      expect(clock.nowMs()).toBe(1_700_000_000_000);
      vi.setSystemTime(1_700_000_000_020);
      expect(clock.nowMs()).toBe(1_700_000_000_020);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts where told, reports whole seconds, jumps on advance, and follows real time', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const clock = new MockClock({ startMs: 1_000_999 });
      expect(clock.nowSeconds()).toBe(1000);
      clock.advance(10 * 60 * 1000);
      expect(clock.nowMs()).toBe(1_600_999);
      expect(clock.isoNow()).toBe(new Date(1_600_999).toISOString());
      vi.setSystemTime(Date.now() + 1);
      expect(clock.nowMs()).toBe(1_601_000);
      expect(clock.nowSeconds()).toBe(1601);
    } finally {
      vi.useRealTimers();
    }
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
    server.use(...createMockOpenAI({ latencyMs: { sessions: 400 } }).handlers);
    const started = performance.now();
    const session = await createSession();
    expect(performance.now() - started).toBeGreaterThanOrEqual(395);

    const conversationStart = performance.now();
    await fetch(`${API}/conversation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.client_secret}` },
      body: JSON.stringify({ type: 'threads.list', params: {} }),
    });
    // Only the sessions group is delayed: a conversation request does not wait 400 ms.
    expect(performance.now() - conversationStart).toBeLessThan(400);
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
