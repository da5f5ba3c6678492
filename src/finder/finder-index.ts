/**
 * The symptom finder's index: every line a page lists (its exact error texts, its symptoms, its title and
 * its own headings), normalised, with how rare each term is among all lines.
 */
import { cleanText, analyse } from './normalize';

/** What the finder knows of a page. */
export interface FinderPage {
  href: string;
  title: string;
  /** The integration modes the page applies to, as its frontmatter names them. */
  modes: string[];
  errors: string[];
  symptoms: string[];
  headings: string[];
}

export type LineKind = 'error' | 'symptom' | 'title' | 'heading';

export interface IndexedLine {
  page: number;
  kind: LineKind;
  /** The line as the page lists it. */
  text: string;
  /** Its words as written (lowercased), to prefer the wording closest to a paste among equal lines. */
  words: Set<string>;
  phrase: string;
  terms: string[];
  /** The sum of its terms' weights. */
  weight: number;
}

export interface FinderIndex {
  pages: FinderPage[];
  lines: IndexedLine[];
  /** Per term, the lines that have it. */
  postings: Map<string, number[]>;
  /** Per term, how rare it is among the lines: ln(1 + lines / lines with the term). */
  weights: Map<string, number>;
  /** Every term, sorted, to complete a word still being typed. */
  vocabulary: string[];
}

/** A heading this many pages share ("In hosted mode") says nothing about one of them. */
const sharedHeadingPages = 3;

export const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

export function buildFinderIndex(pages: FinderPage[]): FinderIndex {
  const headingPages = new Map<string, number>();
  for (const page of pages) {
    for (const heading of new Set(page.headings.map((text) => text.trim().toLowerCase()))) {
      headingPages.set(heading, (headingPages.get(heading) ?? 0) + 1);
    }
  }
  const lines: IndexedLine[] = [];
  pages.forEach((page, pageIndex) => {
    const add = (kind: LineKind, text: string) => {
      const { terms, phrase } = analyse(cleanText(text));
      if (terms.length > 0) lines.push({ page: pageIndex, kind, text, words: wordsOf(text), phrase, terms, weight: 0 });
    };
    page.errors.forEach((text) => add('error', text));
    page.symptoms.forEach((text) => add('symptom', text));
    add('title', page.title);
    page.headings.filter((text) => (headingPages.get(text.trim().toLowerCase()) ?? 0) < sharedHeadingPages).forEach((text) => add('heading', text));
  });

  const postings = new Map<string, number[]>();
  lines.forEach((line, lineIndex) => {
    for (const term of line.terms) {
      const list = postings.get(term);
      if (list) list.push(lineIndex);
      else postings.set(term, [lineIndex]);
    }
  });
  const weights = new Map<string, number>();
  for (const [term, list] of postings) weights.set(term, Math.log(1 + lines.length / list.length));
  for (const line of lines) line.weight = line.terms.reduce((sum, term) => sum + (weights.get(term) ?? 0), 0);
  return { pages, lines, postings, weights, vocabulary: [...postings.keys()].sort() };
}
