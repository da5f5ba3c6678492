import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, type Frame, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** What changes between the themes: only colours. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export type Theme = 'light' | 'dark';

/** One line per failing element: theme, rule, what is wrong, and where. */
export const describeViolations = (theme: string, violations: Result[]) =>
  violations.flatMap((violation) =>
    violation.nodes.map((node) => `[${theme}] ${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}\n  ${node.failureSummary ?? ''}`),
  );

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every WCAG 2.2 AA rule on a sandbox frame's document as it is now, in the light theme, then the colour
 * rules in the dark one (the frame follows `prefers-color-scheme`). Runs axe inside the frame itself,
 * which is as fast as a scan of a page of its own; the page's media emulation ends back in light.
 */
export async function scanFrameDocument(page: Page, frame: Frame): Promise<{ violations: string[]; passes: number }> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: axeSource });
  const violations: string[] = [];
  let passes = 0;
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect.poll(() => frame.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(theme === 'dark');
    const runOnly = theme === 'light' ? { type: 'tag' as const, values: wcagTags } : { type: 'rule' as const, values: colourRules };
    const result = await frame.evaluate((options) => (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ runOnly: options }), runOnly);
    violations.push(...describeViolations(theme, result.violations));
    if (theme === 'light') passes = result.passes.length;
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return { violations, passes };
}
