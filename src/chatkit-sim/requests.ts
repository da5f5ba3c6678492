import { streamingRequestTypes, type ChatKitRequest } from '../chatkit-protocol/index';

export function isStreamingRequest(request: ChatKitRequest): boolean {
  return (streamingRequestTypes as readonly string[]).includes(request.type);
}

/** The `Accept` header: streaming request types are answered with server-sent events. */
export function acceptFor(request: ChatKitRequest): string {
  return isStreamingRequest(request) ? 'text/event-stream' : 'application/json';
}
