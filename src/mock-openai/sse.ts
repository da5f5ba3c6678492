import type { ThreadStreamEvent } from '../chatkit-protocol/index';

/**
 * JSON as chatkit-python serialises it (`exclude_none=True`): null fields are left out, so a thread
 * without a title has no `title` key, as in the hosted stream users captured (starter-app#4).
 */
export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) => (field === null ? undefined : field));
}

/** One frame per event, `data: <json>\n\n`, pulled from the events as the reader reads. */
export function eventStreamBody(events: AsyncIterable<ThreadStreamEvent>): ReadableStream<Uint8Array> {
  const iterator = events[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`data: ${toWireJson(next.value)}\n\n`));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export function eventStreamResponse(events: AsyncIterable<ThreadStreamEvent>, headers: Headers): Response {
  headers.set('content-type', 'text/event-stream');
  headers.set('cache-control', 'no-cache');
  return new Response(eventStreamBody(events), { status: 200, headers });
}
