/**
 * A ChatKit server's streamed answer (`text/event-stream`), as chatkit-python writes it [D]: one
 * `data: <json>\n\n` frame per event, each JSON object carrying its `type`. Hosted mode's conversation
 * stream from api.openai.com has the same shape [I].
 */
import type { ThreadStreamEvent } from '../chatkit-protocol';
import { EventStreamDecoder } from '../chatkit-protocol/sse';
import { finding, type DoctorMode, type Finding } from './finding';

type EventType = ThreadStreamEvent['type'];

/** Every event type ChatKit's protocol has; the record makes the compiler list each exactly once. */
const eventTypeNames: Record<EventType, true> = {
  'thread.created': true,
  'thread.updated': true,
  'thread.item.added': true,
  'thread.item.done': true,
  'thread.item.updated': true,
  'thread.item.removed': true,
  'thread.item.replaced': true,
  stream_options: true,
  progress_update: true,
  client_effect: true,
  notice: true,
  error: true,
};

export const isEventType = (type: unknown): type is EventType => typeof type === 'string' && Object.hasOwn(eventTypeNames, type);

/** The SSE fields the standard defines; ChatKit's server writes only `data`. */
const sseFields = new Set(['data', 'event', 'id', 'retry']);

/** How many examples of one problem a finding quotes. */
const quotedExamples = 3;

const excerpt = (text: string, length = 80) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return `\`${(line.length > length ? `${line.slice(0, length)}…` : line).replaceAll('`', 'ʼ')}\``;
};

interface StreamLines {
  eventNames: Map<string, number>;
  /** Lines that are no SSE field at all, which a reader of the stream skips. */
  strayLines: string[];
  strayCount: number;
}

function scanLines(text: string): StreamLines {
  const scan: StreamLines = { eventNames: new Map(), strayLines: [], strayCount: 0 };
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    if (field === 'event') {
      const name = line.slice(colon + 1).trim();
      scan.eventNames.set(name, (scan.eventNames.get(name) ?? 0) + 1);
    } else if (!sseFields.has(field)) {
      scan.strayCount += 1;
      if (scan.strayLines.length < quotedExamples) scan.strayLines.push(line);
    }
  }
  return scan;
}

interface DecodedEvent {
  index: number;
  type: EventType;
  value: Record<string, unknown>;
}

interface Decoded {
  frames: number;
  events: DecodedEvent[];
  malformed: { index: number; data: string; why: string }[];
  doneMarkers: number;
  /** Types of other OpenAI streams: the Responses API, Chat Completions, the Agents SDK. */
  foreign: Map<string, number>;
  unknown: Map<string, number>;
}

const foreignEventType = (value: Record<string, unknown>): string | null => {
  const type = value['type'];
  if (value['object'] === 'chat.completion.chunk') return 'chat.completion.chunk';
  if (typeof type !== 'string') return null;
  if (type.startsWith('response.') || ['raw_response_event', 'run_item_stream_event', 'agent_updated_stream_event'].includes(type)) return type;
  return null;
};

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

function decode(text: string): Decoded {
  const decoder = new EventStreamDecoder();
  // A paste usually loses the blank line that ends the last event; end it so it is read.
  const datas = [...decoder.push(`${text}\n\n`), ...decoder.end()];
  const decoded: Decoded = { frames: datas.length, events: [], malformed: [], doneMarkers: 0, foreign: new Map(), unknown: new Map() };
  datas.forEach((data, index) => {
    if (data.trim() === '[DONE]') {
      decoded.doneMarkers += 1;
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch (error) {
      const joined = data.includes('\n') && data.split('\n').every((line) => isJson(line));
      const why = joined ? 'two or more events without the blank line between them' : error instanceof Error ? error.message : 'not JSON';
      decoded.malformed.push({ index, data, why });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      decoded.malformed.push({ index, data, why: 'JSON, but not an object' });
      return;
    }
    const event = value as Record<string, unknown>;
    const foreign = foreignEventType(event);
    if (foreign) count(decoded.foreign, foreign);
    else if (isEventType(event['type'])) decoded.events.push({ index, type: event['type'], value: event });
    else if (typeof event['type'] === 'string') count(decoded.unknown, event['type']);
    else decoded.malformed.push({ index, data, why: 'an object without a `type`' });
  });
  return decoded;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const listed = (map: Map<string, number>) =>
  [...map]
    .slice(0, 5)
    .map(([name, times]) => `\`${name.slice(0, 60)}\`${times > 1 ? ` ×${times}` : ''}`)
    .join(', ');

const itemOf = (event: DecodedEvent) => {
  const item = event.value['item'];
  return typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : null;
};

function lineFindings(lines: StreamLines): Finding[] {
  const findings: Finding[] = [];
  if (lines.eventNames.size > 0) {
    findings.push(
      finding(
        'warning',
        `\`event:\` lines ChatKit doesn’t use (${listed(lines.eventNames)})`,
        'A ChatKit server writes only `data: <json>` lines; the event’s kind travels inside the JSON as `"type"`. An `event:` line makes the stream differ from what ChatKit’s client is built for, and a standard SSE reader hands named events only to listeners of that name. Drop the `event:` lines and keep `"type"` in each JSON.',
        '/custom-server-mode/',
      ),
    );
  }
  if (lines.strayCount > 0) {
    const json = lines.strayLines.some((line) => line.trimStart().startsWith('{'));
    findings.push(
      finding(
        'error',
        `${lines.strayCount} ${lines.strayCount === 1 ? 'line is' : 'lines are'} not SSE`,
        `Every line of an event stream is \`data: …\`, \`event: …\`, \`id: …\`, \`retry: …\`, a comment (\`: …\`) or blank; a reader skips anything else, so ChatKit never sees it. Such as ${lines.strayLines.map((line) => excerpt(line)).join(', ')}.${json ? ' JSON on its own line is newline-delimited JSON: write each event as `data: <json>` followed by a blank line.' : ''}`,
        '/custom-server-mode/',
      ),
    );
  }
  return findings;
}

function frameFindings(decoded: Decoded): Finding[] {
  const findings: Finding[] = [];
  if (decoded.malformed.length > 0) {
    const examples = decoded.malformed.slice(0, quotedExamples).map(({ index, data, why }) => `event ${index + 1}, ${excerpt(data, 60)}: ${why}`);
    findings.push(
      finding(
        'error',
        `${decoded.malformed.length} malformed \`data:\` ${decoded.malformed.length === 1 ? 'frame' : 'frames'}`,
        `Each \`data:\` frame must be one JSON object with a \`type\`, and a blank line must end each event. ChatKit can’t read ${decoded.malformed.length === 1 ? 'this one' : 'these'}: ${examples.join('; ')}.`,
        '/custom-server-mode/',
      ),
    );
  }
  if (decoded.foreign.size > 0 || decoded.doneMarkers > 0) {
    const names = [...decoded.foreign.keys(), ...(decoded.doneMarkers > 0 ? ['[DONE]'] : [])];
    findings.push(
      finding(
        'error',
        'These are OpenAI model events, not ChatKit events',
        `The stream has ${names.slice(0, 4).map((name) => `\`${name}\``).join(', ')}: the Responses API, Chat Completions or the Agents SDK streaming straight through. ChatKit reads only its own events (\`thread.item.added\`, \`thread.item.updated\`, …). In chatkit-python, turn an Agents SDK run into them with \`stream_agent_response\` inside \`respond()\`.`,
        '/custom-server-mode/',
      ),
    );
  }
  if (decoded.unknown.size > 0) {
    findings.push(
      finding(
        'warning',
        `Event types ChatKit doesn’t have: ${listed(decoded.unknown)}`,
        'ChatKit’s events are `thread.created`, `thread.updated`, `thread.item.added`, `thread.item.updated`, `thread.item.done`, `thread.item.removed`, `thread.item.replaced`, `stream_options`, `progress_update`, `client_effect`, `notice` and `error`. Check the spelling, or the library that writes the stream.',
        '/custom-server-mode/',
      ),
    );
  }
  return findings;
}

function orderFindings(events: DecodedEvent[]): Finding[] {
  const findings: Finding[] = [];
  const created = events.filter((event) => event.type === 'thread.created');
  if (created.length > 0 && events[0]?.type !== 'thread.created') {
    findings.push(
      finding(
        'error',
        'The stream doesn’t begin with `thread.created`',
        `\`thread.created\` is event ${events.indexOf(created[0]!) + 1}, after \`${events[0]!.type}\`. When a request creates a thread (\`threads.create\`), the thread must come first: ChatKit puts every later item into it.`,
        '/custom-server-mode/',
      ),
    );
  }
  if (created.length > 1) findings.push(finding('error', `\`thread.created\` appears ${created.length} times`, 'One request creates at most one thread; every later item belongs to the first.', '/custom-server-mode/'));

  const added = new Set<string>();
  const orphans = new Set<string>();
  for (const event of events) {
    const item = itemOf(event);
    if (item && typeof item['id'] === 'string') added.add(item['id']);
    const itemId = event.value['item_id'];
    if (event.type === 'thread.item.updated' && typeof itemId === 'string' && !added.has(itemId)) orphans.add(itemId);
  }
  if (orphans.size > 0) {
    findings.push(
      finding(
        'warning',
        `Updates for ${orphans.size === 1 ? 'an item' : 'items'} the stream never added`,
        `\`thread.item.updated\` names ${[...orphans].slice(0, 3).map((id) => `\`${id.slice(0, 40)}\``).join(', ')} before any \`thread.item.added\` of ${orphans.size === 1 ? 'it' : 'them'}. ChatKit has nothing to apply the update to; add the item first. (If the paste starts mid-stream, ignore this.)`,
        '/custom-server-mode/',
      ),
    );
  }
  return findings;
}

function errorEventFindings(events: DecodedEvent[], mode: DoctorMode): Finding[] {
  return events
    .filter((event) => event.type === 'error')
    .slice(0, quotedExamples)
    .map(({ value }) => {
      const code = typeof value['code'] === 'string' ? value['code'] : '(none)';
      const message = typeof value['message'] === 'string' ? value['message'] : null;
      const retry = value['allow_retry'] === true ? 'with' : 'without';
      const cause =
        code === 'custom'
          ? `Your server raised \`CustomStreamError\`${message ? ` with “${message.slice(0, 200)}”` : ''}: ChatKit shows that message ${retry} a Retry button.`
          : mode === 'hosted'
            ? 'The workflow failed while answering; ChatKit shows “There was an error while generating the assistant’s response.” Run the same message in Agent Builder’s preview to see the workflow’s own error.'
            : 'An exception in `respond()` (or in a tool it ran) ended the stream; ChatKit shows “There was an error while generating the assistant’s response.” Your server’s log has the traceback. Raise `CustomStreamError("…")` for errors users should read.';
      return finding('error', `An \`error\` event: code \`${code}\`${message ? `, “${message.slice(0, 80)}”` : ''}`, `${cause} Retry is ${value['allow_retry'] === true ? 'offered' : 'not offered'} (\`allow_retry: ${String(value['allow_retry'] ?? false)}\`).`, '/response-error/');
    });
}

function replyFindings(events: DecodedEvent[], mode: DoctorMode): Finding[] {
  const itemTypes = new Set(events.flatMap((event) => (event.type.startsWith('thread.item') ? [itemOf(event)?.['type']] : [])));
  const userMessage = itemTypes.has('user_message');
  const reply = ['assistant_message', 'widget', 'client_tool_call', 'workflow', 'task', 'generated_image'].some((type) => itemTypes.has(type));
  const ended = events.some((event) => event.type === 'error' || event.type === 'notice');
  if (!userMessage || reply || ended) return [];
  return [
    finding(
      'warning',
      'The user’s message is there, the reply isn’t',
      mode === 'hosted'
        ? 'The stream carries the user message but no assistant message, widget or tool call. Reported causes: the workflow produced no output (test it in Agent Builder), or its model needs organization verification. If the paste was cut short, paste the whole stream.'
        : 'The stream carries the user message but no assistant message, widget or tool call: `respond()` yielded nothing. Check that it streams the agent’s events (`stream_agent_response`) and doesn’t return early. If the paste was cut short, paste the whole stream.',
      '/messages-not-displaying/',
    ),
  ];
}

function summary(events: DecodedEvent[], mode: DoctorMode): Finding {
  const types = new Map<string, number>();
  for (const event of events) count(types, event.type);
  const order = [...types].map(([type, times]) => `\`${type}\`${times > 1 ? ` ×${times}` : ''}`).join(', ');
  const thread = types.has('thread.created')
    ? 'It creates a thread and begins with `thread.created`, as the answer to `threads.create` must.'
    : 'It has no `thread.created`: right for a message to an existing thread (`threads.add_user_message`), wrong for the first message of a new chat, which must begin with one.';
  const where = mode === 'hosted' ? ' (In hosted mode this is the stream ChatKit’s frame reads from api.openai.com, not your route’s answer.)' : '';
  return finding('ok', `A well-formed ChatKit event stream: ${events.length} ${events.length === 1 ? 'event' : 'events'}`, `Events: ${order}. ${thread}${where}`);
}

/**
 * The findings for a streamed answer; an `ok` one when nothing is wrong. `cutShort`: the paste was cut
 * at a length limit, so its last event is incomplete and is left out.
 */
export function eventStreamFindings(pasted: string, mode: DoctorMode, cutShort = false): Finding[] {
  const lastEventEnd = pasted.lastIndexOf('\n\n');
  const text = cutShort && lastEventEnd > 0 ? pasted.slice(0, lastEventEnd + 2) : pasted;
  const lines = scanLines(text);
  const decoded = decode(text);
  const findings = [...lineFindings(lines), ...frameFindings(decoded)];
  if (decoded.frames === 0) {
    findings.push(finding('error', 'No `data:` frames', 'The stream has no event ChatKit could read: every event is a `data: <json>` line followed by a blank line.', '/custom-server-mode/'));
    return findings;
  }
  findings.push(...orderFindings(decoded.events), ...errorEventFindings(decoded.events, mode), ...replyFindings(decoded.events, mode));
  if (decoded.events.length > 0 && !findings.some((each) => each.severity === 'error')) findings.push(summary(decoded.events, mode));
  return findings;
}
