// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { diagnose, doctorPages, inspectedLength, type DoctorMode, type Finding } from '../../src/doctor';

/** mulberry32: a small seeded generator, so a failure names the seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const modes: DoctorMode[] = ['auto', 'hosted', 'custom-server'];
const pages = new Set<string>(doctorPages);
/** The safety net's finding: if it shows up, some check threw. */
const netTitle = 'The doctor couldn’t read this paste';

/** Pieces that steer random text into every branch: JSON, SSE fields, HTML, secrets, HTTP heads. */
const fragments = [
  '{', '}', '[', ']', '"', ':', ',', '\n', '\r\n', '\n\n', ' ', 'data: ', 'event: ', 'id: ', 'retry: 10', ': ping',
  '<', '>', '<title>', '</title>', '<h1>', '<!DOCTYPE html>', 'HTTP/1.1 200 OK\n', 'content-type: text/event-stream\n',
  'content-type: application/json\n', '"type":', '"thread.created"', '"thread.item.done"', '"error"', '"code":"custom"',
  '"client_secret":', '"ek_abc123456"', '"sk-proj-abcdef1234567890"', '"expires_at":', '1796126400', '1796126400000',
  'null', 'true', '-1e999', '"\\u0000"', '[DONE]', '"detail":', '"data":[]', '"has_more":false', 'Internal Server Error',
  '\uFEFF', '\u2028', '\uD800', '😀', '\0',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const roll = next();
    if (roll < 0.5) text += fragments[Math.floor(next() * fragments.length)];
    else text += String.fromCharCode(Math.floor(next() * (roll < 0.8 ? 128 : 0x10000)));
  }
  return text;
}

function randomBytes(next: () => number, length: number): string {
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index += 1) bytes[index] = Math.floor(next() * 256);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

function expectWellFormed(findings: Finding[], label: string): void {
  expect(findings.length, label).toBeGreaterThan(0);
  for (const each of findings) {
    expect(['error', 'warning', 'ok'], label).toContain(each.severity);
    expect(each.title.length, label).toBeGreaterThan(0);
    expect(each.detail.length, label).toBeGreaterThan(0);
    if (each.page !== undefined) expect(pages.has(each.page), `${label}: ${each.page}`).toBe(true);
    expect(each.title, label).not.toBe(netTitle);
  }
  const order = findings.map((each) => ({ error: 0, warning: 1, ok: 2 })[each.severity]);
  expect(order, label).toEqual([...order].sort((a, b) => a - b));
}

describe('diagnose never throws and always finds something', () => {
  it('on random strings built from the pieces of real answers', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const next = random(seed);
      const text = randomText(next, Math.floor(next() * 2000));
      for (const mode of modes) expectWellFormed(diagnose(text, mode), `seed ${seed}, ${mode}`);
    }
  });

  it('on random bytes', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = random(seed * 7919);
      const text = randomBytes(next, Math.floor(next() * 4000));
      for (const mode of modes) expectWellFormed(diagnose(text, mode), `bytes seed ${seed}, ${mode}`);
    }
  });

  it('on valid JSON of random shape, as hosted and custom-server answers', () => {
    const value = (next: () => number, depth: number): unknown => {
      const roll = next();
      if (depth > 4 || roll < 0.3) return [null, true, 42, -0.5, 1796126400000, 'ek_abcdef1', 'sk-abcdefgh12345678', 'thread.created', ''][Math.floor(next() * 9)];
      if (roll < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
      const keys = ['client_secret', 'expires_at', 'expires_after', 'error', 'details', 'message', 'code', 'type', 'detail', 'data', 'has_more', 'id', 'created_at', 'status', 'value', 'item', 'thread'];
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [keys[Math.floor(next() * keys.length)]!, value(next, depth + 1)]));
    };
    for (let seed = 1; seed <= 400; seed += 1) {
      const json = JSON.stringify(value(random(seed * 31), 0));
      for (const mode of modes) {
        expectWellFormed(diagnose(json, mode), `json seed ${seed}, ${mode}: ${json.slice(0, 200)}`);
        expectWellFormed(diagnose(`data: ${json}\n\n`, mode), `sse seed ${seed}, ${mode}: ${json.slice(0, 200)}`);
      }
    }
  });

  it('on deeply nested JSON, whole and as an event', () => {
    for (const depth of [1_000, 100_000]) {
      const arrays = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const objects = `${'{"error":'.repeat(depth)}{"message":"deep"}${'}'.repeat(depth)}`;
      const secrets = `${'{"client_secret":'.repeat(depth)}"ek_abcdef1"${'}'.repeat(depth)}`;
      const unclosed = '{"a":['.repeat(depth);
      for (const text of [arrays, objects, secrets, unclosed, `data: ${objects}\n\n`, `data: ${unclosed}\n\n`]) {
        for (const mode of modes) expectWellFormed(diagnose(text, mode), `depth ${depth}, ${mode}: ${text.slice(0, 40)}`);
      }
    }
  });

  it('on 1–5 MB pastes: reads only the first 256 K characters, says so, and stays fast', () => {
    const megabyte = 1024 * 1024;
    const event = `data: ${JSON.stringify({ type: 'progress_update', icon: 'search', text: 'Looking up your order…' })}\n\n`;
    const huge = [
      ['a stream', event.repeat(Math.ceil((5 * megabyte) / event.length))],
      ['JSON', `{"client_secret":"ek_abc123456","padding":"${'x'.repeat(3 * megabyte)}"}`],
      ['HTML', `<!DOCTYPE html><title>Sign in</title>${'<div>'.repeat(megabyte / 5)}`],
      ['random text', randomText(random(99), 2 * megabyte)],
      ['one long line', '<title'.repeat(megabyte / 6)],
      ['repeated cookie headers', '"cookie":"'.repeat(megabyte / 10)],
      ['unclosed JSON', '{"a":['.repeat(4 * megabyte / 6)],
    ] as const;
    for (const [label, text] of huge) {
      for (const mode of modes) {
        const started = performance.now();
        const findings = diagnose(text, mode);
        const took = performance.now() - started;
        expectWellFormed(findings, `${label}, ${mode}`);
        expect(findings.some((each) => each.title === `Only the first ${inspectedLength / 1024} K characters were checked`), `${label}, ${mode}`).toBe(true);
        expect(took, `${label}, ${mode}: ${Math.round(took)} ms`).toBeLessThan(1000);
        if (label === 'a stream') expect(findings.map((each) => each.severity), 'the event cut at the limit is left out').toEqual(['warning', 'ok']);
      }
    }
  });
});
