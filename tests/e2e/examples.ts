import { readdirSync, readFileSync } from 'node:fs';
import type { Scenario } from '../../src/scenario';

export interface ExampleOnPage {
  slug: string;
  /** The page that embeds the example's sandbox, e.g. "/invalid-client-secret/". */
  pagePath: string;
  scenario: Scenario;
}

/** Which page embeds each example, read from the `<Sandbox example="…" />` tags in content/. */
export function sandboxPages(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync('content')) {
    const source = readFileSync(`content/${file}`, 'utf8');
    const path = file === 'index.mdx' ? '/' : `/${file.replace(/\.mdx?$/, '')}/`;
    for (const [, slug] of source.matchAll(/<Sandbox\s+example="([^"]+)"/g)) pages.set(slug!, path);
  }
  return pages;
}

export async function examplesOnPages(): Promise<ExampleOnPage[]> {
  const pages = sandboxPages();
  const examples: ExampleOnPage[] = [];
  for (const slug of readdirSync('examples')) {
    const pagePath = pages.get(slug);
    if (!pagePath) continue; // the structure check reports examples no page uses
    const { default: scenario } = (await import(`../../examples/${slug}/scenario.ts`)) as { default: Scenario };
    examples.push({ slug, pagePath, scenario });
  }
  return examples;
}
