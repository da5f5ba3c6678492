import { codeToHtml } from 'shiki';

const themes = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Highlighted HTML for a file or a diff, rendered at build time so the page ships no highlighter. */
export function highlight(code: string, lang: 'tsx' | 'ts' | 'python' | 'json' | 'diff'): Promise<string> {
  return codeToHtml(code, { lang, themes, defaultColor: 'light' });
}

const languages = { tsx: 'tsx', ts: 'ts', py: 'python', widget: 'json' } as const;

/** The highlighter's language for an example file: a `.widget` file (a chatkit-python widget template) is JSON. */
export const languageOf = (file: string) => languages[file.split('.').pop() as keyof typeof languages] ?? 'ts';
