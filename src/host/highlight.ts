import { codeToHtml } from 'shiki';

const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Highlighted HTML for a file or a diff, rendered at build time so the page ships no highlighter. */
export function highlight(code: string, lang: 'tsx' | 'ts' | 'python' | 'diff'): Promise<string> {
  return codeToHtml(code, { lang, themes, defaultColor: 'light' });
}

export const languageOf = (file: string) => (file.endsWith('.tsx') ? 'tsx' : file.endsWith('.py') ? 'python' : 'ts');
