import type { ThreadItem, ThreadStreamEvent } from '../chatkit-protocol/index';
import { readEventStream } from '../chatkit-protocol/sse';

/** chatkit-python `ClientToolCallItem`: the server asks the page to run `onClientTool`. */
export interface ClientToolCallItem {
  id: string;
  thread_id: string;
  type: 'client_tool_call';
  name: string;
  arguments: Record<string, unknown>;
  call_id: string;
  status: 'pending' | 'completed';
}

/** Events the simulator understands besides the typed protocol ones (chatkit-python `types.py`). */
export type SimulatorStreamEvent =
  | ThreadStreamEvent
  | { type: 'thread.item.done' | 'thread.item.added'; item: ClientToolCallItem }
  | { type: 'client_effect'; name: string; data?: Record<string, unknown> };

export type SimulatorItem = ThreadItem | ClientToolCallItem;

/** The events of a streamed answer, in order. Frames that are not JSON are skipped. */
export async function* readThreadEvents(response: Response): AsyncGenerator<SimulatorStreamEvent, void, undefined> {
  if (!response.body) return;
  for await (const data of readEventStream(response.body)) {
    const event = parseEvent(data);
    if (event !== null) yield event;
  }
}

function parseEvent(data: string): SimulatorStreamEvent | null {
  try {
    const event: unknown = JSON.parse(data);
    return typeof event === 'object' && event !== null && 'type' in event ? (event as SimulatorStreamEvent) : null;
  } catch {
    return null;
  }
}
