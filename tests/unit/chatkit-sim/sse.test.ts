import { describe, expect, it } from 'vitest';
import { EventStreamDecoder, readEventStream } from '../../../src/chatkit-protocol/sse';

function decodeInChunks(text: string, cuts: number[]): string[] {
  const decoder = new EventStreamDecoder();
  const events: string[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    events.push(...decoder.push(text.slice(start, cut)));
    start = cut;
  }
  return [...events, ...decoder.end()];
}

function byteStream(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const events: string[] = [];
  for await (const data of readEventStream(stream)) events.push(data);
  return events;
}

const twoFrames = 'data: {"type":"a"}\n\ndata: {"type":"b","text":"x\\ny"}\n\n';

describe('EventStreamDecoder', () => {
  it('returns the data of each `data: <json>\\n\\n` frame, several per chunk', () => {
    expect(decodeInChunks(twoFrames, [])).toEqual(['{"type":"a"}', '{"type":"b","text":"x\\ny"}']);
  });

  it('gives the same events wherever the chunks are cut', () => {
    for (let cut = 1; cut < twoFrames.length; cut += 1) {
      expect(decodeInChunks(twoFrames, [cut]), `cut at ${cut}`).toEqual(['{"type":"a"}', '{"type":"b","text":"x\\ny"}']);
    }
    expect(decodeInChunks(twoFrames, [...twoFrames].map((_, index) => index))).toHaveLength(2);
  });

  it('only emits an event once its blank line has arrived', () => {
    const decoder = new EventStreamDecoder();
    expect(decoder.push('data: {"n":1}\n')).toEqual([]);
    expect(decoder.push('\n')).toEqual(['{"n":1}']);
  });

  it('accepts CRLF and CR line breaks, also when a CRLF is split between chunks', () => {
    const text = 'data: one\r\n\r\ndata: two\r\rdata: three\r\n\r\n';
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(decodeInChunks(text, [cut]), `cut at ${cut}`).toEqual(['one', 'two', 'three']);
    }
  });

  it('joins multi-line data with \\n, strips one leading space, and ignores comments and other fields', () => {
    const text = ': keep-alive\nevent: message\nid: 7\nretry: 10\ndata:  two spaces\ndata:no space\n\n';
    expect(decodeInChunks(text, [])).toEqual([' two spaces\nno space']);
  });

  it('drops blocks without data and a last event that never got its blank line', () => {
    expect(decodeInChunks('event: ping\n\ndata: complete\n\ndata: cut off\n', [])).toEqual(['complete']);
  });
});

describe('readEventStream', () => {
  it('decodes UTF-8 split inside a character and frames split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('data: {"text":"héllo ✓"}\n\ndata: {"text":"2"}\n\n');
    const chunks = [bytes.slice(0, 16), bytes.slice(16, 17), bytes.slice(17, 27), bytes.slice(27)];
    expect(await collect(byteStream(chunks))).toEqual(['{"text":"héllo ✓"}', '{"text":"2"}']);
  });

  it('cancels the body when the reader stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: x\n\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const data of readEventStream(stream)) {
      expect(data).toBe('x');
      break;
    }
    expect(cancelled).toBe(true);
  });
});
