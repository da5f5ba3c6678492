/**
 * Reads a `text/event-stream` body the way the WHATWG "event stream interpretation" does, keeping only
 * what the ChatKit protocol uses: the `data` of each event. Chunks may split a line, a line break or
 * an event anywhere, and one chunk may complete several events.
 */
export class EventStreamDecoder {
  #buffer = '';
  #dataLines: string[] = [];

  /** Feeds more text; returns the data of every event this text completed, in order. */
  push(text: string): string[] {
    this.#buffer += text;
    const completed: string[] = [];
    const lineBreak = /\r\n|\r|\n/g;
    let lineStart = 0;
    for (let match = lineBreak.exec(this.#buffer); match !== null; match = lineBreak.exec(this.#buffer)) {
      // A `\r` that ends the buffer may be the first half of a `\r\n` still to come.
      if (match[0] === '\r' && lineBreak.lastIndex === this.#buffer.length) break;
      const data = this.#readLine(this.#buffer.slice(lineStart, match.index));
      if (data !== null) completed.push(data);
      lineStart = lineBreak.lastIndex;
    }
    this.#buffer = this.#buffer.slice(lineStart);
    return completed;
  }

  /** Ends the stream. An event without its closing blank line is dropped, as the standard says. */
  end(): string[] {
    const completed = this.#buffer.endsWith('\r') ? this.push('\n') : [];
    this.#buffer = '';
    this.#dataLines = [];
    return completed;
  }

  #readLine(line: string): string | null {
    if (line === '') {
      if (this.#dataLines.length === 0) return null;
      const data = this.#dataLines.join('\n');
      this.#dataLines = [];
      return data;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    if (field !== 'data') return null;
    const value = colon === -1 ? '' : line.slice(colon + 1);
    this.#dataLines.push(value.startsWith(' ') ? value.slice(1) : value);
    return null;
  }
}

/** Yields the data of each event of a `text/event-stream` body as it arrives. */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<string, void, undefined> {
  const reader = body.getReader();
  const textDecoder = new TextDecoder();
  const decoder = new EventStreamDecoder();
  let finished = false;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      yield* decoder.push(textDecoder.decode(chunk.value, { stream: true }));
    }
    finished = true;
    yield* decoder.push(textDecoder.decode());
    yield* decoder.end();
  } finally {
    // The reader stopped early (break, return, throw): tell the server we are no longer listening.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
