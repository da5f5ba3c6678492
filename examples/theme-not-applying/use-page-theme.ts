import { useSyncExternalStore } from 'react';

export type PageTheme = 'light' | 'dark';

// Your site's theme switch sets data-theme on <html>; this hook follows it.
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function pageTheme(): PageTheme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

export function usePageTheme(): PageTheme {
  // On the server there is no page to read: render light, then follow the page.
  return useSyncExternalStore(subscribe, pageTheme, () => 'light');
}
