/**
 * From a paste to what can be compared: `cleanText` strips what varies between browsers, runtimes,
 * builds and runs (prefixes, stack frames, file names, URLs, hosts, ids, numbers, JSON envelopes) and
 * rewrites variant wordings to one; `analyse` turns that text into search terms and a phrase.
 *
 * Both sides of a comparison, the pages' lines and the reader's paste, go through the same steps.
 */
import { unwrapJsonEnvelopes } from './json-envelope';
import { canonicalWording } from './wording';

/** Only the start of a paste is read: an error is at the top of what people copy, and the cap bounds the work. */
export const maxPasteChars = 16_000;
export const maxPasteLines = 300;
/** The most words one text is read for, and the most distinct terms it contributes. */
export const maxWords = 2_000;
export const maxTerms = 400;

const stackFrameLines = [
  // V8: "    at foo (https://x/index-Cx81.js:2:10433)", "    at https://x/a.js:2:10", "at async Promise.all (index 0)"
  /^\s*at\s+(?:async\s+)?\S[^\n]*(?:\)|:\d+)\s*$/,
  // Firefox and Safari: "foo@https://x/index-Cx81.js:2:10", "global code@…", "promiseReactionJob@[native code]"
  /^\s*[^\s@]{0,200}(?: code)?@(?:\S*:\d+(?::\d+)?|\[native code\])\s*$/,
  // Chrome's console: "(anonymous) @ index-Cx81.js:2"
  /^\s*\S{1,200} @ \S+:\d+\s*$/,
  // Only a location, perhaps after a function name: Firefox's console, "SupportChat index-Cx81.js:2:10433"
  /^\s*(?:[\w$.<>/[\]]{1,200}\s+)?\(?\S{1,2000}:\d+:\d+\)?\s*$/,
  // React's older component stacks: "    in ChatPanel (at App.js:12)", "    in div (created by App)"
  /^\s*in [\w$.]+(?: \((?:at|created by) [^)\n]*\))?\s*$/,
  // Python tracebacks
  /^\s*(?:Traceback \(most recent call last\):|File "[^"\n]*", line \d+)/,
];

type Replacement = string | ((match: string, ...groups: string[]) => string);

/**
 * [pattern, replacement, what the text must have for the pattern to match], applied in order to what is
 * left after the stack frames. The last is a quick test that spares most lines most patterns.
 */
const noise: Array<[RegExp, Replacement, RegExp?]> = [
  // Frames inside a line, as consoles join them.
  [/\s+at\s+(?:async\s+)?[\w$.<>[\]]+\s+\([^()\n]*:\d+:\d+\)/g, ' ', /:\d/],
  // URLs: their host, port, query and hashed files vary; the path's words say which endpoint it was.
  [/\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s'"`<>()[\]{}]+/gi, (url) => urlWords(url), /:\/\//],
  // A file and its position, hashed or not: "index-Cx81.js:2:10433", "VM123:4", "(index):1", "app.py:12".
  [/(?<![\w.@/~+-])[\w.@/~+-]{0,200}\.(?:[cm]?[jt]sx?|html?|css|map|py|vue|svelte)(?::\d+)+/gi, ' ', /:\d/],
  [/\bVM\d+(?::\d+)*|\(index\)(?::\d+)*/g, ' ', /VM\d|\(index\)/],
  // The TypeScript compiler's and editors' locations and codes: "src/App.tsx(12,11): error TS2339:", "ts(2322)".
  [/(?<!\S)\S{0,200}\.[cm]?[jt]sx?\(\d+,\d+\):?|\b(?:error )?TS\d{4,5}:|\bts\(\d{4,5}\)/g, ' ', /TS\d|ts\(|sx?\(\d/],
  // A bundler's hashed file name: "index-Cx81aF3b.js", "chunk.4f3a2b1c.css".
  [/(?<![\w.-])[\w-]{1,100}[-.][A-Za-z0-9_]{6,40}\.(?:[cm]?js|css)\b/g, ' ', /\.[cm]?js|\.css/],
  [/\blocalhost:\d+|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/gi, ' ', /\d/],
  [/(?<![\w.-])(?:[a-z0-9-]{1,63}\.){1,8}(?:com|net|org|io|dev|app|ai|co|sh|cloud|site|page|local|test|example)(?::\d+)?(?![\w.-])/gi, ' ', /\.\w/],
  // Ids: OpenAI's and ChatKit's prefixes stay ("wf_…" says a workflow id), their random part goes.
  [/\b(wf|cthr|cksess|ek|req|sk|pk|thr|msg|chatcmpl|resp|atc|asst|cus|org|proj)[_-][\w-]*/g, (_match, prefix = '') => ` ${prefix} `, /[_-]/],
  [/\b([a-z]{2,12})_(?=[a-z0-9]{0,64}\d)[a-z0-9]{6,64}\b/gi, (_match, prefix = '') => ` ${prefix} `, /_\w*\d/],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' ', /\d/],
  [/\b(?=[a-z]{0,64}\d)(?=\d{0,64}[a-f])[0-9a-f]{8,}\b/gi, ' ', /\d/],
  [/\b(?=(?:[a-z]{0,64}\d){2})(?=\d{0,64}[a-z])[a-z0-9]{6,}\b/gi, ' ', /\d/],
  // Numbers, except HTTP statuses.
  [/\b\d+(?:[.:]\d+)*\b/g, (number) => (/^[1-5]\d\d$/.test(number) ? number : ' '), /\d/],
  // What consoles and frameworks put around a message.
  [/\bUncaught\b|\(in promise\)|\bUnhandled (?:Runtime Error|Promise Rejection)\b|\[(?:Error|Warning|Log)\]/gi, ' '],
  [/(?<![\w.])(?:Error|Warning):(?=\s|$)/g, ' ', /:/],
];

/** The words of a URL's path that name an endpoint: no host, port, query, version or file. */
function urlWords(url: string): string {
  const path = url.replace(/^[^:]+:\/\/[^/]*/, '').replace(/[?#].*$/, '');
  const words = path.split('/').filter((segment) => /^[A-Za-z][A-Za-z_-]*[A-Za-z]$/.test(segment) && !/^v\d*$/i.test(segment));
  return ` ${words.join(' ')} `;
}

/**
 * The text a page would list for this paste: the first lines, no stack frames and no noise, variant
 * wordings in their one form, one line per line of the paste.
 */
export function cleanText(paste: string): string {
  let text = paste.slice(0, maxPasteChars).normalize('NFKC');
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFEFF\u200B-\u200D]/g, ' ')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/…|\.{3}/g, ' ');
  if (text.includes('\\"')) text = text.replace(/\\"/g, '"').replace(/\\n/g, '\n');
  const lines = text
    .split('\n', maxPasteLines)
    .filter((line) => !stackFrameLines.some((frame) => frame.test(line)))
    .join('\n');
  let result = canonicalWording(unwrapJsonEnvelopes(lines));
  for (const [pattern, replacement, needs] of noise) {
    if (needs && !needs.test(result)) continue;
    result = typeof replacement === 'string' ? result.replace(pattern, replacement) : result.replace(pattern, replacement);
  }
  return result
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => /[A-Za-z0-9]/.test(line))
    .join('\n');
}

/** Words that say nothing about which problem a text is about. */
const stopWords = new Set(
  (
    'a an the of to in on at by for from with and or is are was were be been being it its this that these those as if but ' +
    'i me my we our you your he she they them their there here than then so do does did has have had when while which what ' +
    'who how why can could would should will just only also very into out up about after before any all some'
  ).split(' '),
);

/** A light suffix strip, so that "fails", "failed" and "failing" meet. */
export function stem(word: string): string {
  let result = word;
  if (result.length > 4 && result.endsWith('ies')) result = `${result.slice(0, -3)}y`;
  else if (result.length > 4 && result.endsWith('sses')) result = result.slice(0, -2);
  else if (result.length > 3 && result.endsWith('s') && !/(?:ss|us|is)$/.test(result)) result = result.slice(0, -1);
  if (result.length > 5 && result.endsWith('ing')) result = result.slice(0, -3);
  else if (result.length > 4 && result.endsWith('ed')) result = result.slice(0, -2);
  const last = result.at(-1) ?? '';
  if (last === result.at(-2) && 'bcdfghjkmnpqrtvwxy'.includes(last)) result = result.slice(0, -1);
  if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
  return result;
}

/** The camelCase parts of a word: `InvalidFrameParamsError` → Invalid Frame Params Error. */
function camelParts(word: string): string[] {
  return /.[A-Z]/.test(word) ? word.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/) : [word];
}

export interface AnalysedText {
  /**
   * Distinct search terms, lowercased: whole identifiers (`client_secret`, `invalidframeparamserror`) and
   * every word and part of one, stemmed; no stop words.
   */
  terms: string[];
  /** Every word in order, stemmed, between spaces; identifiers split at `.`, `_` and `-` only, so case does not matter. */
  phrase: string;
  /** The last word when the text ends inside it (the reader may still be typing it), stemmed. */
  unfinished: string | undefined;
}

const tokenPattern = /[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*/g;

/** Terms and phrase of a text that went through `cleanText`. */
export function analyse(clean: string): AnalysedText {
  const terms = new Set<string>();
  const phrase: string[] = [];
  const addTerm = (lower: string, stemmed: string) => {
    if (lower.length > 1 && !stopWords.has(lower)) terms.add(stemmed);
  };
  for (const [token] of clean.matchAll(tokenPattern)) {
    if (phrase.length >= maxWords) break;
    const words = /[._-]/.test(token) ? token.split(/[._-]+/) : [token];
    const withTerms = terms.size < maxTerms;
    if (withTerms && words.length > 1) terms.add(token.toLowerCase());
    for (const word of words) {
      const lower = word.toLowerCase();
      const stemmed = stem(lower);
      phrase.push(stemmed);
      if (!withTerms) continue;
      const parts = camelParts(word);
      if (parts.length === 1) {
        addTerm(lower, stemmed);
        continue;
      }
      terms.add(stemmed);
      for (const part of parts) {
        const partLower = part.toLowerCase();
        addTerm(partLower, stem(partLower));
      }
    }
  }
  const last = phrase.at(-1) ?? '';
  const unfinished = /[A-Za-z0-9]$/.test(clean) && last.length >= 3 ? last : undefined;
  return { terms: [...terms], phrase: ` ${phrase.join(' ')} `, unfinished };
}

/** `analyse(cleanText(text))`. */
export const normalise = (text: string): AnalysedText => analyse(cleanText(text));
