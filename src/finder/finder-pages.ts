/**
 * Which pages the symptom finder lists, in which order, and what it keeps of each: the same choice the
 * static symptom index makes (every page with `errors` or `symptoms`, in sidebar order).
 */
import type { FinderPage } from './finder-index';

/** What the finder needs of one docs entry, however it was read (the content collection or the files). */
export interface FinderSource {
  /** The page's path below the site's base, e.g. "invalid-client-secret". */
  id: string;
  title: string;
  order: number | undefined;
  errors: string[];
  symptoms: string[];
  modes: string[];
  headings: string[];
}

/**
 * The headings (levels 2 to 6) of a page's Markdown or MDX body, as text: code spans and links unwrapped,
 * fenced code skipped. Read from the source, so that no page needs rendering for it.
 */
export function headingsOf(body: string): string[] {
  const outsideCode = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  return [...outsideCode.matchAll(/^#{2,6}[ \t]+(.+?)[ \t#]*$/gm)].map(([, text = '']) =>
    text
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+.!-])/g, '$1'),
  );
}

export function finderPages(sources: FinderSource[], base: string): FinderPage[] {
  return sources
    .filter((source) => source.errors.length > 0 || source.symptoms.length > 0)
    .sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || a.title.localeCompare(b.title))
    .map(({ id, title, modes, errors, symptoms, headings }) => ({ href: `${base}${id}/`, title, modes, errors, symptoms, headings }));
}
