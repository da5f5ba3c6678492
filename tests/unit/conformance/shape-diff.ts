import type { Answer } from './answers';

/**
 * Strings under these keys name a kind of thing (an event, item, update or error type, a level, a
 * status…) and must be equal. Every other string is an id, a timestamp or free text, and only has to
 * be a string. Numbers, booleans and nulls must be equal; keys and array lengths must match.
 */
const EXACT_STRING_KEYS = new Set(['type', 'code', 'level', 'status', 'name', 'method', 'mime_type', 'handler', 'loadingBehavior', 'icon']);

const TEXT_DELTA = 'thread.item.updated/assistant_message.content_part.text_delta';

/** Every way the mock's answer differs from the library's, each as one line; empty when they agree. */
export function answerDifferences(library: Answer, mock: Answer): string[] {
  const differences: string[] = [];
  if (library.status !== mock.status) differences.push(`status: library ${library.status}, mock ${mock.status}`);
  if (library.contentType !== mock.contentType) {
    differences.push(`content-type: library ${library.contentType}, mock ${mock.contentType}`);
  }
  if (library.body.kind !== mock.body.kind) {
    differences.push(`body: library ${library.body.kind}, mock ${mock.body.kind}`);
    return differences;
  }
  if (library.body.kind === 'events' || library.body.kind === 'broken stream') {
    const mockEvents = (mock.body as { events: unknown[] }).events;
    differences.push(...eventDifferences(library.body.events, mockEvents));
  } else if (library.body.kind === 'json') {
    shapeDifferences(library.body.value, (mock.body as { value: unknown }).value, 'body', differences);
  } else if (library.body.text !== (mock.body as { text: string }).text) {
    differences.push(`body text: library ${JSON.stringify(library.body.text)}, mock ${JSON.stringify((mock.body as { text: string }).text)}`);
  }
  return differences;
}

/** The events' kinds in order, with each run of text deltas counted as one (how text is cut is free). */
export function eventSignatures(events: readonly unknown[]): string[] {
  return collapseTextDeltas(events).map(signatureOf);
}

function eventDifferences(library: readonly unknown[], mock: readonly unknown[]): string[] {
  const libraryEvents = collapseTextDeltas(library);
  const mockEvents = collapseTextDeltas(mock);
  const librarySignatures = libraryEvents.map(signatureOf);
  const mockSignatures = mockEvents.map(signatureOf);
  if (librarySignatures.join() !== mockSignatures.join()) {
    return [`event sequence:\n    library ${librarySignatures.join(', ')}\n    mock    ${mockSignatures.join(', ')}`];
  }
  const differences: string[] = [];
  libraryEvents.forEach((event, index) => shapeDifferences(event, mockEvents[index], `event ${index} (${librarySignatures[index]})`, differences));
  return differences;
}

function signatureOf(event: unknown): string {
  const record = event as { type?: unknown; update?: { type?: unknown } };
  return record.type === 'thread.item.updated' ? `${String(record.type)}/${String(record.update?.type)}` : String(record.type);
}

function collapseTextDeltas(events: readonly unknown[]): unknown[] {
  return events.filter((event, index) => !(signatureOf(event) === TEXT_DELTA && index > 0 && signatureOf(events[index - 1]) === TEXT_DELTA));
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function shapeDifferences(library: unknown, mock: unknown, path: string, differences: string[], key = ''): void {
  const kind = kindOf(library);
  if (kind !== kindOf(mock)) {
    differences.push(`${path}: library ${kind} ${JSON.stringify(library)}, mock ${kindOf(mock)} ${JSON.stringify(mock)}`);
    return;
  }
  if (kind === 'array') {
    const [libraryItems, mockItems] = [library as unknown[], mock as unknown[]];
    if (libraryItems.length !== mockItems.length) {
      differences.push(`${path}: library has ${libraryItems.length} elements, mock ${mockItems.length}`);
      return;
    }
    libraryItems.forEach((item, index) => shapeDifferences(item, mockItems[index], `${path}[${index}]`, differences, key));
    return;
  }
  if (kind === 'object') {
    const [libraryRecord, mockRecord] = [library as Record<string, unknown>, mock as Record<string, unknown>];
    const keys = new Set([...Object.keys(libraryRecord), ...Object.keys(mockRecord)]);
    for (const field of [...keys].sort()) {
      if (!(field in mockRecord)) differences.push(`${path}.${field}: only the library sends it (${JSON.stringify(libraryRecord[field])})`);
      else if (!(field in libraryRecord)) differences.push(`${path}.${field}: only the mock sends it (${JSON.stringify(mockRecord[field])})`);
      else shapeDifferences(libraryRecord[field], mockRecord[field], `${path}.${field}`, differences, field);
    }
    return;
  }
  const mustBeEqual = kind !== 'string' || EXACT_STRING_KEYS.has(key);
  if (mustBeEqual && library !== mock) differences.push(`${path}: library ${JSON.stringify(library)}, mock ${JSON.stringify(mock)}`);
}
