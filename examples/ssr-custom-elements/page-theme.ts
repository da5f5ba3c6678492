import { useSyncExternalStore } from 'react';

export type PageTheme = 'light' | 'dark';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function pageTheme(): PageTheme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

/** The theme your site's switch keeps in data-theme on <html>. React reads the page only in the browser; the server renders light. */
export function usePageTheme(): PageTheme {
  return useSyncExternalStore(subscribe, pageTheme, () => 'light');
}
