/**
 * A checklist's state in the page URL: the ids of the ticked items in one query parameter, in the
 * checklist's own order and joined by commas (`?done=export,server`). Pure functions, shared by the
 * checklist's script and its unit test; the `<Checklist>` component checks the ids at build time.
 */

/** An item id: lowercase words joined by hyphens, so a list of them needs no escaping in a URL. */
export const checklistIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ParsedChecklistState {
  /** The ticked items the value names, in the checklist's order. */
  done: string[];
  /** What the value names that is not an item of this checklist, in the order given, each once. */
  ignored: string[];
}

/** The query value for `done`, read against the checklist's item ids. A missing or empty value ticks nothing. */
export function parseChecklistState(value: string | null, ids: readonly string[]): ParsedChecklistState {
  const named = new Set(
    (value ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
  const known = new Set(ids);
  return {
    done: ids.filter((id) => named.has(id)),
    ignored: [...named].filter((part) => !known.has(part)),
  };
}

/** The query value for these ticked items: the checklist's order, each once, unknown ids dropped. */
export function serializeChecklistState(done: Iterable<string>, ids: readonly string[]): string {
  const ticked = new Set(done);
  return ids.filter((id) => ticked.has(id)).join(',');
}

/**
 * `href` with `param` set to the ticked items, or removed when none is ticked. Every other parameter is
 * kept. Commas are left readable (`a,b`, not `a%2Cb`); both spell the same value.
 */
export function urlWithChecklistState(href: string, param: string, done: Iterable<string>, ids: readonly string[]): string {
  const url = new URL(href);
  const value = serializeChecklistState(done, ids);
  if (value === '') url.searchParams.delete(param);
  else url.searchParams.set(param, value);
  url.search = url.search.replace(/%2C/gi, ',');
  return url.href;
}

/** Longest piece of an ignored value quoted back in the notice. */
const quotedLength = 40;
/** How many ignored values the notice quotes before it only counts the rest. */
const quotedCount = 5;

/** The notice for values the checklist ignored, or null when there are none. */
export function ignoredNotice(param: string, ignored: readonly string[], ids: readonly string[]): string | null {
  if (ignored.length === 0) return null;
  const quote = (part: string) => `“${part.length > quotedLength ? `${part.slice(0, quotedLength)}…` : part}”`;
  const shown = ignored.slice(0, quotedCount).map(quote).join(', ');
  const more = ignored.length > quotedCount ? ` and ${ignored.length - quotedCount} more` : '';
  const noun = ignored.length === 1 ? 'a step' : 'steps';
  return `The link’s ?${param}= value names ${noun} this checklist does not have (${shown}${more}), so ${ignored.length === 1 ? 'it was' : 'they were'} ignored. Its steps: ${ids.join(', ')}.`;
}

export interface LabelPart {
  code: boolean;
  text: string;
  /** Set on a link's text. */
  href?: string;
}

const linkPattern = /\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Plain text split into text and links written as `[text](href)`. */
function linkParts(text: string): LabelPart[] {
  const parts: LabelPart[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    parts.push({ code: false, text: text.slice(last, match.index) });
    parts.push({ code: false, text: match[1]!, href: match[2]! });
    last = match.index + match[0].length;
  }
  parts.push({ code: false, text: text.slice(last) });
  return parts;
}

/**
 * A label split into plain text, `code` (between backticks) and links (`[text](/page/)`, outside code),
 * so props can carry inline code and links.
 */
export function labelParts(label: string): LabelPart[] {
  return label
    .split('`')
    .flatMap((text, index) => (index % 2 === 1 ? [{ code: true, text }] : linkParts(text)))
    .filter((part) => part.text !== '');
}

/** A label as one line of Markdown for elsewhere: code kept in backticks, links reduced to their text. */
export function labelAsPlainMarkdown(label: string): string {
  return labelParts(label)
    .map((part) => (part.code ? `\`${part.text}\`` : part.text))
    .join('');
}
