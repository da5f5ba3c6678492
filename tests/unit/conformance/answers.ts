import { readEventStream } from '../../../src/chatkit-protocol/sse';

/** What a ChatKit endpoint answered one request with, read to the end. */
export interface Answer {
  status: number;
  contentType: string | null;
  body:
    | { kind: 'events'; events: unknown[] }
    /** An event stream that broke off; `events` is what arrived before. */
    | { kind: 'broken stream'; events: unknown[] }
    | { kind: 'json'; value: unknown }
    | { kind: 'text'; text: string };
}

/** Sends one `{type, params}` body and reads the whole answer. */
export type ChatKitClient = (body: { type: string; params: Record<string, unknown> }) => Promise<Answer>;

export async function readAnswer(response: Response): Promise<Answer> {
  const contentType = response.headers.get('content-type');
  const base = { status: response.status, contentType };
  if (contentType?.startsWith('text/event-stream') && response.body) {
    const events: unknown[] = [];
    try {
      for await (const data of readEventStream(response.body)) events.push(JSON.parse(data));
    } catch {
      return { ...base, body: { kind: 'broken stream', events } };
    }
    return { ...base, body: { kind: 'events', events } };
  }
  const text = await response.text();
  if (contentType?.startsWith('application/json')) return { ...base, body: { kind: 'json', value: JSON.parse(text) } };
  return { ...base, body: { kind: 'text', text } };
}

export function requestFor(url: string, body: unknown): Request {
  return new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
