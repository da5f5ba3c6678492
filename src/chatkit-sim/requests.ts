import { streamingRequestTypes, type ChatKitRequest } from '../chatkit-protocol/index';

/** What the simulator POSTs: the typed protocol requests plus two that chatkit-python also accepts. */
export type SimulatorRequest =
  | ChatKitRequest
  | {
      type: 'threads.custom_action';
      params: { thread_id: string; item_id: string | null; action: { type: string; payload?: Record<string, unknown> } };
    }
  | { type: 'threads.add_client_tool_output'; params: { thread_id: string; result: unknown } };

export function isStreamingRequest(request: SimulatorRequest): boolean {
  return (streamingRequestTypes as readonly string[]).includes(request.type);
}

/** The `Accept` header: streaming request types are answered with server-sent events. */
export function acceptFor(request: SimulatorRequest): string {
  return isStreamingRequest(request) ? 'text/event-stream' : 'application/json';
}
