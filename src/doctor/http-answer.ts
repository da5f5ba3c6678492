/**
 * A paste that is a whole HTTP answer (`curl -i`, `curl -iL`, a proxy log): its status, headers and
 * body. A paste without a status line is all body.
 */

export interface HttpAnswer {
  /** The final status, or null when the paste has no status line. */
  status: number | null;
  /** Statuses of earlier answers in the paste, such as the 302 before a sign-in page (`curl -L`). */
  earlier: { status: number; location: string | null }[];
  /** The final answer's headers, names in lowercase. */
  headers: Map<string, string>;
  body: string;
}

const statusLine = /^HTTP\/[\d.]+ +(\d{3})\b[^\n]*\n/;

/** Splits status lines and header blocks off the start of `text` (several when redirects were followed). */
export function splitHttpAnswer(text: string): HttpAnswer {
  const answer: HttpAnswer = { status: null, earlier: [], headers: new Map(), body: text };
  let rest = text.replace(/\r\n/g, '\n').trimStart();
  for (let match = statusLine.exec(rest); match !== null; match = statusLine.exec(rest)) {
    if (answer.status !== null) answer.earlier.push({ status: answer.status, location: answer.headers.get('location') ?? null });
    answer.status = Number(match[1]);
    answer.headers = new Map();
    rest = rest.slice(match[0].length);
    const headEnd = rest.indexOf('\n\n');
    const head = headEnd === -1 ? rest : rest.slice(0, headEnd);
    for (const line of head.split('\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) answer.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    rest = headEnd === -1 ? '' : rest.slice(headEnd + 2);
  }
  if (answer.status !== null) answer.body = rest;
  return answer;
}

/** The media type of a `Content-Type` value, lowercase and without parameters. */
export const mediaType = (contentType: string | undefined) => contentType?.split(';')[0]?.trim().toLowerCase() ?? null;
