// The sandbox component on the fixture site: URL state, copy, reset, the clock control, devtools, and
// the wide and narrow layouts. Machinery only: real pages may change without breaking these.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtExamples, fixtureDist } from './built-site';
import { sandboxOf, waitForSandboxToSettle } from './quality-gates';

const example = builtExamples(fixtureDist).find((candidate) => candidate.slug === 'widget-fixture')!;
const { slug, page: pagePath } = example;
const fixed = example.variants.find((variant) => variant.name === 'fixed')!;
const sandboxOn = (page: Page) => sandboxOf(page, slug);

test('choosing a tab puts the variant in the URL, and the URL opens it again', async ({ page }) => {
  await page.goto(pagePath);
  const sandbox = sandboxOn(page);
  await sandbox.getByRole('tab', { name: 'Fixed' }).click();
  await expect(page).toHaveURL(new RegExp(`\\?${slug}=fixed$`));
  await expect(sandbox.frameLocator('iframe').locator('openai-chatkit')).toBeAttached();
  expect(await sandbox.locator('iframe').getAttribute('src')).toBe(`/sandbox/${slug}/fixed/`);

  await page.reload();
  await expect(sandboxOn(page).getByRole('tab', { name: 'Fixed' })).toHaveAttribute('aria-selected', 'true');
  await expect(sandboxOn(page).locator(`#${slug}--fixed-panel`)).toBeVisible();
  await expect(sandboxOn(page).locator(`#${slug}--broken-panel`)).toBeHidden();
});

test('an unknown variant in the URL falls back to the first one and says so', async ({ page }) => {
  await page.goto(`${pagePath}?${slug}=fixd`);
  const sandbox = sandboxOn(page);
  await expect(sandbox.getByRole('status').filter({ hasText: 'no variant “fixd”' })).toBeVisible();
  await expect(sandbox.getByRole('tab', { name: example.variants[0]!.label })).toHaveAttribute('aria-selected', 'true');
});

test('Copy puts exactly the file on disk on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${pagePath}?${slug}=fixed`);
  const panel = sandboxOn(page).locator(`#${slug}--fixed-panel`);
  expect(fixed.files.length).toBeGreaterThan(1);
  for (const file of fixed.files) {
    await panel.getByRole('button', { name: `Copy ${file}` }).click();
    await expect(sandboxOn(page).locator('[data-copy-feedback]')).toHaveText(`Copied ${file} to the clipboard.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(`tests/fixtures/sandbox-site/examples/${slug}/${file}`, 'utf8'));
  }
});

test('Reset reloads the frame with fresh logs and measurements, and Clear empties the logs only', async ({ page }) => {
  await page.goto(`${pagePath}?${slug}=fixed`);
  const sandbox = sandboxOn(page);
  await sandbox.scrollIntoViewIfNeeded();
  const ready = sandbox.locator('[data-log="events"] li[data-event="chatkit.ready"]');
  await expect(ready).toHaveCount(1);
  const setOptions = sandbox.locator('[data-metric="setOptionsCalls"] dd');
  await expect(setOptions).toHaveText('1');
  const firstFrame = await sandbox.locator('iframe').elementHandle();

  await sandbox.getByRole('button', { name: 'Reset' }).click();
  await expect(ready).toHaveCount(1);
  await expect(setOptions).toHaveText('1');
  expect(await sandbox.locator('iframe').evaluate((frame, old) => frame !== old, firstFrame)).toBe(true);

  await sandbox.getByRole('button', { name: 'Clear' }).click();
  await expect(sandbox.locator('[data-log] li')).toHaveCount(0);
  await expect(sandbox.locator('[data-count="events"]')).toHaveText('0');
  await expect(setOptions).toHaveText('1');
});

test('the clock control skips exactly the minutes its label says, in the frame', async ({ page }) => {
  expect(example.controls.map((control) => control.label)).toEqual(['Skip 15 minutes']);
  await page.goto(`${pagePath}?${slug}=fixed`);
  const sandbox = sandboxOn(page);
  await waitForSandboxToSettle(sandbox);
  await sandbox.getByRole('button', { name: 'Skip 15 minutes' }).click();
  await expect(sandbox.locator('[data-log="console"] li').filter({ hasText: "The mock API's clock moved 15 minutes ahead." })).toHaveCount(1);
  await expect(sandbox.getByRole('button', { name: /^Skip \d+ minutes$/ })).toHaveCount(1);
});

test('on a wide screen the frame runs beside the code, and no code line is cut off without a way to scroll to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${pagePath}?${slug}=fixed`);
  const sandbox = sandboxOn(page);
  await sandbox.scrollIntoViewIfNeeded();
  const runner = await sandbox.locator('[data-runner]').boundingBox();
  const panel = await sandbox.locator(`#${slug}--fixed-panel`).boundingBox();
  const content = await page.locator('.sl-markdown-content').boundingBox();
  expect(runner && panel && content).toBeTruthy();
  expect(runner!.x, 'the frame is right of the code').toBeGreaterThanOrEqual(panel!.x + panel!.width - 1);
  expect(runner!.y, 'the frame and the code start side by side').toBeLessThan(panel!.y + panel!.height);
  expect(runner!.x + runner!.width, 'the sandbox spans the content column').toBeGreaterThan(content!.x + content!.width - 40);

  const panes = await sandbox.locator(`#${slug}--fixed-panel pre`).evaluateAll((pres) =>
    pres.map((pre) => ({
      clipped: pre.scrollWidth > pre.clientWidth,
      scrollable: ['auto', 'scroll'].includes(getComputedStyle(pre).overflowX) && (pre as HTMLElement).tabIndex >= 0,
    })),
  );
  expect(panes.some((pane) => pane.clipped), 'the fixture has a line too long for its pane').toBe(true);
  expect(panes.filter((pane) => pane.clipped && !pane.scrollable)).toEqual([]);
});

test('on a narrow screen the frame comes before the code', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`${pagePath}?${slug}=fixed`);
  const sandbox = sandboxOn(page);
  const runner = await sandbox.locator('[data-runner]').boundingBox();
  const panel = await sandbox.locator(`#${slug}--fixed-panel`).boundingBox();
  expect(runner!.y + runner!.height).toBeLessThanOrEqual(panel!.y + 1);
});
