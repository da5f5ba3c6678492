/**
 * Ranks the pages of a finder index for a paste. A line scores by the weight of the terms it shares with
 * the paste (rare terms weigh more; no missing term hides it), scaled by how much of the line the paste
 * covers; a line found whole in the paste, or a paste found whole in a line, comes first. A page scores
 * by its best line, plus less and less for each next different one.
 */
import { analyse, cleanText } from './normalize';
import { wordsOf, type FinderIndex, type IndexedLine, type LineKind } from './finder-index';

export interface FinderMatch {
  href: string;
  title: string;
  modes: string[];
  /** The page's line that matched best, as the page lists it. */
  line: string;
  lineKind: LineKind;
  score: number;
}

export interface FinderAnswer {
  /** Best first. */
  matches: FinderMatch[];
  /** Whether the best match is a real one; when false, `matches` are only the closest pages, if any. */
  found: boolean;
}

const kindWeights: Record<LineKind, number> = { error: 1, symptom: 1, title: 0.9, heading: 0.6 };
/** A word still being typed stands for at most this many words of the index, each at this share of its weight. */
const maxCompletions = 24;
const completionShare = 0.7;
/**
 * The best line is a real match when it is whole in the paste (or the paste in it), when the paste has at
 * least this weight of it and half of it, or when it explains most of the paste and a third of itself or
 * this weight.
 */
const foundMinimum = 3;
/** A page's best line counts whole, each next different line this share of the one before, up to this many. */
const otherLineShare = 0.3;
const countedLines = 4;
/** Pages that score less than this share of the best one are not worth showing beside it. */
const relevantShare = 0.2;
/** How much of a paste's raw words is compared to choose among a page's equal lines. */
const rawWordsChars = 4_000;

/** Vocabulary terms that start with `prefix`, from the sorted list. */
function completions(vocabulary: string[], prefix: string): string[] {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let index = low; index < vocabulary.length && found.length < maxCompletions && vocabulary[index]!.startsWith(prefix); index++) {
    found.push(vocabulary[index]!);
  }
  return found;
}

/** Of lines that score the same (one error in several wordings), the one that shares most words with the paste as written. */
function closestWording(lines: IndexedLine[], rawWords: Set<string>): IndexedLine {
  let closest = lines[0]!;
  let closestShare = -1;
  for (const line of lines) {
    let shared = 0;
    for (const word of line.words) if (rawWords.has(word)) shared++;
    const share = shared / (1 + line.words.size);
    if (share > closestShare) [closest, closestShare] = [line, share];
  }
  return closest;
}

interface LineScore {
  line: IndexedLine;
  score: number;
  coverage: number;
  matched: number;
  whole: boolean;
}

export function findPages(index: FinderIndex, paste: string, { limit = 5 }: { limit?: number } = {}): FinderAnswer {
  const query = analyse(cleanText(paste));
  const queryWeights = new Map<string, number>();
  for (const term of query.terms) {
    const weight = index.weights.get(term);
    if (weight !== undefined) queryWeights.set(term, weight);
  }
  if (query.unfinished !== undefined && !index.weights.has(query.unfinished)) {
    for (const term of completions(index.vocabulary, query.unfinished)) {
      queryWeights.set(term, Math.max(queryWeights.get(term) ?? 0, completionShare * index.weights.get(term)!));
    }
  }
  if (queryWeights.size === 0) return { matches: [], found: false };

  const queryTerms = new Set(query.terms);
  let knownWeight = 0;
  for (const [term, weight] of queryWeights) if (queryTerms.has(term)) knownWeight += weight;
  const matched = new Float64Array(index.lines.length);
  const touched: number[] = [];
  for (const [term, weight] of queryWeights) {
    for (const line of index.postings.get(term) ?? []) {
      if (matched[line] === 0) touched.push(line);
      matched[line]! += weight;
    }
  }

  const queryWords = query.phrase.trim().split(' ');
  const fragment = queryWords.length >= 2 ? (query.unfinished === undefined ? query.phrase : query.phrase.trimEnd()) : undefined;
  const best = new Map<number, LineScore[]>();
  for (const lineIndex of touched) {
    const line = index.lines[lineIndex]!;
    const lineMatched = matched[lineIndex]!;
    const coverage = Math.min(1, lineMatched / line.weight);
    // A phrase can be in the other text only if all its terms are.
    const lineInPaste = coverage > 0.999 && query.phrase.includes(line.phrase);
    const pasteInLine =
      !lineInPaste && fragment !== undefined && lineMatched >= knownWeight * 0.999 && fragment.length <= line.phrase.length && line.phrase.includes(fragment);
    let score = lineMatched * (0.25 + 0.75 * coverage);
    if (lineInPaste) score += 1.5 * line.weight;
    else if (pasteInLine) score += lineMatched;
    const entry = { line, score: score * kindWeights[line.kind], coverage, matched: lineMatched, whole: lineInPaste || pasteInLine };
    const scores = best.get(line.page);
    if (scores) scores.push(entry);
    else best.set(line.page, [entry]);
  }

  const ranked = [...best.entries()].map(([page, scores]) => {
    scores.sort((a, b) => b.score - a.score);
    const top = scores[0]!;
    const phrases = new Set<string>();
    let score = 0;
    for (const entry of scores) {
      if (phrases.has(entry.line.phrase)) continue;
      score += entry.score * otherLineShare ** phrases.size;
      phrases.add(entry.line.phrase);
      if (phrases.size === countedLines) break;
    }
    return { page, top, scores, score };
  });
  ranked.sort((a, b) => b.score - a.score || a.page - b.page);

  // Words the index does not know weigh as much as its rarest: they say the paste may be about something else.
  const unknownTerms = query.terms.filter((term) => !index.weights.has(term) && term !== query.unfinished).length;
  const queryWeight = [...queryWeights.values()].reduce((sum, weight) => sum + weight, unknownTerms * Math.log(1 + index.lines.length));
  const first = ranked[0]?.top;
  const found =
    first !== undefined &&
    (first.whole ||
      (first.matched >= foundMinimum && first.coverage >= 0.5) ||
      (first.matched >= 0.75 * queryWeight && (first.coverage >= 0.3 || first.matched >= foundMinimum)));
  const rawWords = wordsOf(paste.slice(0, rawWordsChars));
  const relevant = ranked.filter(({ score }) => score >= relevantShare * (ranked[0]?.score ?? 0));
  const matches = relevant.slice(0, limit).map(({ page, top, scores, score }): FinderMatch => {
    const { href, title, modes } = index.pages[page]!;
    const shown = closestWording(scores.filter((entry) => entry.score >= top.score - 1e-9).map((entry) => entry.line), rawWords);
    return { href, title, modes, line: shown.text, lineKind: shown.kind, score };
  });
  return { matches, found };
}
