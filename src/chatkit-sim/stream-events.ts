import type { ThreadStreamEvent } from '../chatkit-protocol/index';
import { readEventStream } from '../chatkit-protocol/sse';

/** The events of a streamed answer, in order. Frames that are not JSON are skipped. */
export async function* readThreadEvents(response: Response): AsyncGenerator<ThreadStreamEvent, void, undefined> {
  if (!response.body) return;
  for await (const data of readEventStream(response.body)) {
    const event = parseEvent(data);
    if (event !== null) yield event;
  }
}

function parseEvent(data: string): ThreadStreamEvent | null {
  try {
    const event: unknown = JSON.parse(data);
    return typeof event === 'object' && event !== null && 'type' in event ? (event as ThreadStreamEvent) : null;
  } catch {
    return null;
  }
}
