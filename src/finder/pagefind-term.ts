/**
 * What Starlight's search (Pagefind) looks for when a reader pastes an error into it. Pagefind returns only
 * pages that have every word, so the finder's noise stripping goes first (prefixes, stack frames, file
 * names, URLs, ids, numbers; variant wordings in the one form the pages list), then only the first line
 * that is left, and only its first words: the message, not what follows it.
 */
import { cleanText } from './normalize';

export const maxSearchWords = 12;

export function searchTermFor(term: string): string {
  const firstLine = cleanText(term).split('\n')[0] ?? '';
  return firstLine.split(' ').slice(0, maxSearchWords).join(' ');
}
