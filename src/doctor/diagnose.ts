/**
 * The response doctor: given what a session route or a ChatKit server answered, as pasted, it says what
 * is wrong, offline. It never throws and always returns at least one finding.
 */
import { exposedKeyFinding } from './exposed-key';
import { eventStreamFindings } from './event-stream-answer';
import { finding, type DoctorMode, type Finding, type Severity } from './finding';
import { htmlFindings } from './html-answer';
import { inspectedLength } from './limits';
import { mediaType, splitHttpAnswer, type HttpAnswer } from './http-answer';
import { looksLikeServerAnswer, serverJsonFindings } from './server-json-answer';
import { sessionAnswerFindings } from './session-answer';
import { textFindings } from './text-answer';

export type PasteKind = 'empty' | 'html' | 'event-stream' | 'json' | 'json-lines' | 'broken-json' | 'text';

/** A paste's kind, with the parsed value of JSON and the parser's message for broken JSON. */
export type ReadPaste =
  | { kind: Exclude<PasteKind, 'json' | 'broken-json'> }
  | { kind: 'json'; value: unknown }
  | { kind: 'broken-json'; error: string };

const sseFieldLine = /^(data|event|id|retry):/m;

/** What a paste is, from its first characters and lines. */
export function readPaste(body: string): ReadPaste {
  const start = body.trimStart();
  if (start === '') return { kind: 'empty' };
  if (start.startsWith('<')) return { kind: 'html' };
  if (start.startsWith('{') || start.startsWith('[')) {
    const parsed = parseJson(start);
    if (parsed.ok) return { kind: 'json', value: parsed.value };
    if (sseFieldLine.test(start)) return { kind: 'event-stream' };
    const lines = start.split('\n').filter((line) => line.trim() !== '');
    return lines.length > 1 && lines.every((line) => parseJson(line).ok) ? { kind: 'json-lines' } : { kind: 'broken-json', error: parsed.error };
  }
  if (sseFieldLine.test(start) || start.startsWith(':')) return { kind: 'event-stream' };
  const scalar = /^["\d-]|^(true|false|null)\s*$/.test(start) ? parseJson(start) : null;
  return scalar?.ok ? { kind: 'json', value: scalar.value } : { kind: 'text' };
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const describeLength = (length: number) => (length >= 1024 * 1024 ? `${(length / 1024 / 1024).toFixed(1)} M` : `${Math.round(length / 1024)} K`);

function headerFindings(answer: HttpAnswer, kind: PasteKind): Finding[] {
  const findings: Finding[] = [];
  const type = mediaType(answer.headers.get('content-type'));
  if (type === 'application/json' && kind === 'event-stream') {
    findings.push(
      finding(
        'error',
        'An event stream labelled `application/json`',
        'The body is an event stream, but `Content-Type` says JSON, so ChatKit reads it as one JSON document and fails. Answer streamed requests with `Content-Type: text/event-stream`.',
        '/custom-server-mode/',
      ),
    );
  }
  if (type === 'text/event-stream' && (kind === 'json' || kind === 'json-lines')) {
    findings.push(
      finding(
        'error',
        'JSON labelled `text/event-stream`',
        'The `Content-Type` promises an event stream but the body is JSON without `data:` lines, so ChatKit reads no event at all. Write each event as `data: <json>` and a blank line, or answer `application/json` for requests that don’t stream.',
        '/custom-server-mode/',
      ),
    );
  }
  const encoding = answer.headers.get('content-encoding');
  if (type === 'text/event-stream' && encoding && encoding !== 'identity') {
    findings.push(
      finding(
        'warning',
        `A compressed event stream (\`Content-Encoding: ${encoding.slice(0, 20)}\`)`,
        'Compression buffers a stream, so replies arrive all at once. Leave the ChatKit route out of compression and send `Cache-Control: no-cache, no-transform`.',
        '/buffering-proxy/',
      ),
    );
  }
  return findings;
}

/** The mode to read JSON in: the reader’s choice, or a guess from the answer’s shape. */
const jsonMode = (value: unknown, mode: DoctorMode) => (mode !== 'auto' ? mode : looksLikeServerAnswer(value) ? 'custom-server' : 'hosted');

function bodyFindings(body: string, read: ReadPaste, answer: HttpAnswer, mode: DoctorMode, nowMs: number, truncated: boolean): Finding[] {
  switch (read.kind) {
    case 'empty':
      return [finding('warning', 'The answer has no body', `${answer.status === null ? 'The paste has only headers.' : `Status ${answer.status}, and nothing after the headers.`} A session route answers a JSON object, a ChatKit server JSON or an event stream; an empty 200 means the route returned without writing its answer.`)];
    case 'html':
      return htmlFindings(body, mode, answer.status, answer.earlier.find((earlier) => earlier.status >= 300 && earlier.status < 400)?.status ?? null);
    case 'event-stream':
      return eventStreamFindings(body, mode, truncated);
    case 'json':
      return jsonMode(read.value, mode) === 'hosted' ? sessionAnswerFindings(read.value, nowMs) : serverJsonFindings(read.value);
    case 'json-lines':
      return [
        finding(
          'error',
          'Newline-delimited JSON, not an event stream',
          'Each line is a JSON object, but without `data:` in front and a blank line after, ChatKit reads no event. Write each event as `data: <json>` followed by a blank line, with `Content-Type: text/event-stream`.',
          '/custom-server-mode/',
        ),
      ];
    case 'broken-json':
      if (truncated) return [finding('warning', 'Too large to check as JSON', `Only the first ${describeLength(inspectedLength)} characters were read, and JSON can’t be checked in part. A session route’s answer is under 2 KB: this is not one. Paste a smaller answer.`)];
      return [
        finding(
          'error',
          'Broken JSON',
          `It starts like JSON but doesn’t parse: ${read.error.slice(0, 160)}. A route that writes JSON by hand, or two answers in one body, does this; \`Response.json(…)\` or \`JSON.stringify\` won’t.`,
          mode === 'custom-server' ? '/custom-server-mode/' : '/invalid-client-secret/',
        ),
      ];
    case 'text':
      return textFindings(body, mode);
  }
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, ok: 2 };

export interface DiagnoseOptions {
  /** The clock `expires_at` is compared with, in ms; default now. */
  nowMs?: number;
  /** How long the paste was before the page cut it to `text` (a paste longer than `inspectedLength`). */
  pastedLength?: number;
}

function diagnosePaste(text: string, mode: DoctorMode, nowMs: number, pastedLength: number): Finding[] {
  const findings: Finding[] = [];
  if (text.trim() === '') return [finding('warning', 'Nothing to check yet', 'Paste what your session route answered (hosted mode) or what your ChatKit server answered (custom server): the response body from the network tab, or `curl -i` output.')];
  const truncated = pastedLength > inspectedLength;
  const paste = text.length > inspectedLength ? text.slice(0, inspectedLength) : text;
  if (truncated) {
    findings.push(
      finding(
        'warning',
        `Only the first ${describeLength(inspectedLength)} characters were checked`,
        `The paste has ${describeLength(pastedLength)} characters; reading more would slow the page, and every finding below is about its first ${describeLength(inspectedLength)} only.`,
      ),
    );
  }
  const exposed = exposedKeyFinding(paste);
  if (exposed) findings.push(exposed);
  const answer = splitHttpAnswer(paste.replace(/^\uFEFF/, ''));
  const read = readPaste(answer.body);
  findings.push(...headerFindings(answer, read.kind), ...bodyFindings(answer.body, read, answer, mode, nowMs, truncated));
  return findings;
}

/**
 * What is wrong with `text`, an answer as pasted, read as `mode` says (`auto` guesses from its shape).
 * Errors first, then warnings, then what is fine.
 */
export function diagnose(text: string, mode: DoctorMode = 'auto', { nowMs = Date.now(), pastedLength = text.length }: DiagnoseOptions = {}): Finding[] {
  let findings: Finding[];
  try {
    findings = diagnosePaste(text, mode, nowMs, Math.max(pastedLength, text.length));
  } catch (error) {
    findings = [finding('warning', 'The doctor couldn’t read this paste', `It stopped on ${error instanceof Error ? error.name : 'an error'}; check the answer by hand against the list above.`)];
  }
  if (findings.length === 0) findings.push(finding('ok', 'Nothing wrong found', 'None of the doctor’s checks found a problem in this answer.'));
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
}
