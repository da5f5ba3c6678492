// Accessibility: axe's WCAG 2.2 AA rules on every page in the sitemap and on every sandbox (around its
// first variant, every devtools pane); each in the light theme, then its colours again in the dark theme.
// Every variant's frame document is scanned where it runs, once its claims hold (sandboxes.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { colourRules, describeViolations, wcagTags, type Theme } from './axe';
import { builtExamples, sitemapPaths } from './built-site';
import { sandboxOf, waitForSandboxToSettle } from './quality-gates';

const examples = builtExamples();

test.describe.configure({ timeout: 60_000 });

/**
 * Every WCAG 2.2 AA rule in the light theme, then (unless `themes` says otherwise) the colour rules in the
 * dark one. `scope` narrows the scan; `waitForTheme` says how the page shows that its theme changed.
 */
async function scanThemes(
  page: Page,
  scope: (builder: AxeBuilder) => AxeBuilder,
  waitForTheme: (theme: Theme) => Promise<void>,
  themes: Theme[] = ['light', 'dark'],
) {
  // Legacy mode runs axe in the page itself instead of finishing in an extra blank page: more than twice
  // as fast, and nothing is lost, as no scan here reaches into a frame (frame documents get their own).
  const builders = {
    light: () => new AxeBuilder({ page }).setLegacyMode().withTags(wcagTags),
    dark: () => new AxeBuilder({ page }).setLegacyMode().withRules(colourRules),
  };
  const violations: string[] = [];
  const results: AxeResults[] = [];
  for (const theme of themes) {
    await page.emulateMedia({ colorScheme: theme });
    await waitForTheme(theme);
    const result = await scope(builders[theme]()).analyze();
    results.push(result);
    violations.push(...describeViolations(theme, result.violations));
  }
  return { violations, results };
}

const starlightTheme = (page: Page) => (theme: Theme) => expect(page.locator('html')).toHaveAttribute('data-theme', theme);

for (const path of sitemapPaths()) {
  test(`${path} has no WCAG 2.2 AA violations, light and dark`, async ({ page }) => {
    await page.goto(path);
    // The sandbox frames' documents are scanned on their own below.
    const { violations } = await scanThemes(page, (axe) => axe.exclude('chatkit-sandbox iframe'), starlightTheme(page));
    expect(violations).toEqual([]);
  });
}

for (const { slug, page: pagePath, variants } of examples) {
  // The sandbox's own markup and colours (tabs, code, checks, devtools panes) do not depend on the
  // variant shown, so it is scanned around the first variant only; what each variant renders is its
  // frame document, scanned for every variant in sandboxes.spec.ts.
  const first = variants[0]!;
  test(`sandbox ${slug} showing ${first.name}, with every devtools pane, has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(`${pagePath}?${slug}=${first.name}`);
    const sandbox = sandboxOf(page, slug);
    await sandbox.scrollIntoViewIfNeeded();
    await expect(sandbox.locator('iframe')).toHaveAttribute('src', new RegExp(`/sandbox/${slug}/${first.name}/$`));
    await waitForSandboxToSettle(sandbox);

    await expect(sandbox.locator('[data-log] li').first(), 'the devtools pane logged nothing').toBeAttached();

    const sandboxSelector = `chatkit-sandbox[data-example="${slug}"]`;
    const violations: string[] = [];
    const paneTabs = sandbox.locator('[data-devtools] [role="tab"]');
    const paneCount = await paneTabs.count();
    for (let index = 0; index < paneCount; index++) {
      // The whole sandbox with the first devtools pane showing, in both themes; then each other pane
      // on its own in the light theme (its entries share the first pane's colours).
      const paneId = await paneTabs.nth(index).getAttribute('aria-controls');
      await paneTabs.nth(index).click();
      const scan =
        index === 0
          ? scanThemes(page, (axe) => axe.include(sandboxSelector).exclude(`${sandboxSelector} iframe`), starlightTheme(page))
          : scanThemes(page, (axe) => axe.include(`[id="${paneId}"]`), starlightTheme(page), ['light']);
      violations.push(...(await scan).violations);
    }
    expect(violations).toEqual([]);
  });
}
