/**
 * <chatkit-symptom-finder>: the landing page's search box. It reads the pages from its JSON island,
 * shows the matching pages as the reader types or pastes, announces their count, and keeps the query in
 * the URL. Rendered hidden; shown only once this script runs.
 */
import { buildFinderIndex, type FinderIndex, type FinderPage, type LineKind } from './finder-index';
import { findPages, type FinderAnswer, type FinderMatch } from './match';
import { queryFromSearch, urlWithQuery } from './query-url';

/** What SymptomFinder.astro embeds. */
export interface FinderData {
  pages: FinderPage[];
  modeLabels: Record<string, string>;
}

const lineLabels: Record<LineKind, string> = { error: 'Error text', symptom: 'What you see', title: 'Page', heading: 'Section' };
/** The live region and the URL follow the box after a pause: screen readers and browsers' history limits need the quiet. */
const announceDelayMs = 600;
const urlDelayMs = 300;
const shownMatches = 5;
const closestMatches = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function resultItem(match: FinderMatch, modeLabels: Record<string, string>): HTMLLIElement {
  const item = element('li', 'symptom-finder-result');
  const link = element('a', 'symptom-finder-link', match.title);
  link.href = match.href;
  item.append(link);
  if (match.lineKind !== 'title') {
    const line = element('p', 'symptom-finder-line');
    line.append(element('span', 'symptom-finder-label', `${lineLabels[match.lineKind]}: `));
    line.append(match.lineKind === 'error' ? element('code', '', match.line) : document.createTextNode(match.line));
    item.append(line);
  }
  if (match.modes.length > 0) {
    const modes = element('p', 'symptom-finder-modes');
    modes.append(element('span', 'symptom-finder-label', 'Applies to: '), match.modes.map((mode) => modeLabels[mode] ?? mode).join(' · '));
    item.append(modes);
  }
  return item;
}

function countText(answer: FinderAnswer, shown: number): string {
  if (!answer.found) return shown > 0 ? `No page lists this text. The ${shown} closest ${shown === 1 ? 'page is' : 'pages are'} below.` : 'No page lists this text.';
  return shown === 1 ? '1 page matches.' : `${shown} pages match, best first.`;
}

class SymptomFinder extends HTMLElement {
  connectedCallback(): void {
    const data = JSON.parse(this.querySelector('script[data-finder-pages]')?.textContent ?? '{"pages":[],"modeLabels":{}}') as FinderData;
    let index: FinderIndex | undefined;
    const indexNow = () => (index ??= buildFinderIndex(data.pages));
    const input = this.querySelector('textarea')!;
    const results = this.querySelector<HTMLOListElement>('[data-results]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const noMatch = this.querySelector<HTMLElement>('[data-no-match]')!;
    let announceTimer: ReturnType<typeof setTimeout> | undefined;
    let urlTimer: ReturnType<typeof setTimeout> | undefined;

    const show = () => {
      const query = input.value;
      const answer = query.trim() === '' ? undefined : findPages(indexNow(), query, { limit: shownMatches });
      const matches = answer ? answer.matches.slice(0, answer.found ? shownMatches : closestMatches) : [];
      results.replaceChildren(...matches.map((match) => resultItem(match, data.modeLabels)));
      results.hidden = matches.length === 0;
      noMatch.hidden = answer === undefined || answer.found;
      clearTimeout(announceTimer);
      announceTimer = setTimeout(() => {
        status.textContent = answer ? countText(answer, matches.length) : '';
      }, announceDelayMs);
    };
    const keepInUrl = () => {
      clearTimeout(urlTimer);
      urlTimer = setTimeout(() => {
        try {
          history.replaceState(history.state, '', urlWithQuery(location.href, input.value));
        } catch {
          // A browser that refuses more history updates for now keeps the previous URL.
        }
      }, urlDelayMs);
    };

    input.value = queryFromSearch(location.search);
    input.addEventListener('input', () => {
      show();
      keepInUrl();
    });
    show();
    // Without a query in the URL, the index is built before the first keystroke needs it, while the browser is idle.
    if (index === undefined) (window.requestIdleCallback ?? setTimeout)(indexNow);
    this.querySelector<HTMLElement>('[data-finder]')!.hidden = false;
  }
}

customElements.define('chatkit-symptom-finder', SymptomFinder);
