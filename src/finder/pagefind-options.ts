/**
 * The `processTerm` option the site adds to Starlight's Pagefind options (src/site.ts). The normaliser it
 * runs is loaded once the browser is idle, as Starlight loads Pagefind's UI, so that no page's first
 * script grows; until then a term passes unchanged.
 */
let searchTerm = (term: string) => term;

export function processTerm(term: string): string {
  return searchTerm(term);
}

const load = () => {
  void import('./pagefind-term').then((module) => {
    searchTerm = module.searchTermFor;
  });
};
if (typeof window !== 'undefined') (window.requestIdleCallback ?? setTimeout)(load);
