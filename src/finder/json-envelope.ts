/**
 * Error envelopes such as OpenAI's `{"error":{"message":"…","type":"…","param":null,"code":"…"}}`: what a
 * reader pastes from the network tab. The message (and its code, when it has one) is what a page lists;
 * the keys, `null`s and types around it are the same on every error.
 */

/** The keys whose string values say what went wrong. */
const meaningfulKeys = /"(message|code|error)"\s*:\s*"((?:[^"\\\n]|\\.){0,2000})"/g;

/** Top-level `{…}` spans of the text, found in one pass (quotes inside braces are skipped as strings). */
function objectSpans(text: string): Array<[start: number, end: number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"' || char === '\n') inString = false;
      continue;
    }
    if (char === '"' && depth > 0) inString = true;
    else if (char === '{') {
      if (depth === 0) start = index;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth === 0) spans.push([start, index + 1]);
    }
  }
  return spans;
}

function unescapeJsonString(value: string): string {
  try {
    return JSON.parse(`"${value}"`) as string;
  } catch {
    return value;
  }
}

/** An API's error envelope: an `error` object, or a message typed as an error (`"type":"invalid_request_error"`). */
const envelope = /"error"\s*:\s*\{|"type"\s*:\s*"\w+_error"/;

/**
 * The envelope's message and code, or undefined when the object is not one (a ChatKit stream event such as
 * `{"type":"error","code":"custom","message":"…"}` keeps its keys: they are what a page lists).
 */
function envelopeText(object: string): string | undefined {
  if (!object.includes('"message"') || !envelope.test(object)) return undefined;
  const values = [...object.matchAll(meaningfulKeys)].map((match) => unescapeJsonString(match[2] ?? ''));
  return values.length > 0 ? values.join(' \n') : undefined;
}

/** The text with every error envelope in it replaced by the envelope's message and code. */
export function unwrapJsonEnvelopes(text: string): string {
  if (!text.includes('{')) return text;
  let result = '';
  let copied = 0;
  for (const [start, end] of objectSpans(text)) {
    const replacement = envelopeText(text.slice(start, end));
    if (replacement === undefined) continue;
    result += `${text.slice(copied, start)} ${replacement} `;
    copied = end;
  }
  return copied === 0 ? text : result + text.slice(copied);
}
