// The sandbox component on the first sandbox page: URL state, copy, reset, devtools, and isolation
// between two frames on one page.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const slug = 'invalid-client-secret';
const pagePath = `/${slug}/`;
const sandboxOn = (page: import('@playwright/test').Page) => page.locator(`chatkit-sandbox[data-example="${slug}"]`);

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
  await expect(sandbox.getByRole('tab', { name: 'Broken: returns the whole JSON' })).toHaveAttribute('aria-selected', 'true');
});

test('Copy puts exactly the file on disk on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${pagePath}?${slug}=fixed`);
  const panel = sandboxOn(page).locator(`#${slug}--fixed-panel`);
  for (const file of ['fixed.tsx', 'server.ts', 'auth.ts']) {
    await panel.getByRole('button', { name: `Copy ${file}` }).click();
    await expect(sandboxOn(page).locator('[data-copy-feedback]')).toHaveText(`Copied ${file} to the clipboard.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(`examples/${slug}/${file}`, 'utf8'));
  }
});

test('Reset reloads the frame with a fresh devtools log, and Clear empties it', async ({ page }) => {
  await page.goto(`${pagePath}?${slug}=fixed`);
  const sandbox = sandboxOn(page);
  await sandbox.scrollIntoViewIfNeeded();
  const ready = sandbox.locator('[data-log="events"] li[data-event="chatkit.ready"]');
  await expect(ready).toHaveCount(1);
  const firstFrame = await sandbox.locator('iframe').elementHandle();

  await sandbox.getByRole('button', { name: 'Reset' }).click();
  await expect(ready).toHaveCount(1);
  expect(await sandbox.locator('iframe').evaluate((frame, old) => frame !== old, firstFrame)).toBe(true);

  await sandbox.getByRole('button', { name: 'Clear' }).click();
  await expect(sandbox.locator('[data-log] li')).toHaveCount(0);
  await expect(sandbox.locator('[data-count="events"]')).toHaveText('0');
});

test('two sandbox frames on one page keep their own mocks and state', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((exampleSlug) => {
    for (const variant of ['broken-call-shape', 'fixed']) {
      const frame = document.createElement('iframe');
      frame.src = `/sandbox/${exampleSlug}/${variant}/`;
      frame.id = variant;
      frame.style.cssText = 'width: 600px; height: 560px';
      document.body.prepend(frame);
    }
  }, slug);
  const broken = page.frameLocator('#broken-call-shape');
  const fixed = page.frameLocator('#fixed');

  await expect(broken.getByText("Unknown parameter: 'user_id'.")).toBeVisible();
  await fixed.getByRole('textbox', { name: /message/i }).fill('Hello from the fixed frame');
  await fixed.getByRole('textbox', { name: /message/i }).press('Enter');
  await expect(fixed.getByText('You sent “Hello from the fixed frame”')).toBeVisible();
  await expect(fixed.getByText("Unknown parameter: 'user_id'.")).toHaveCount(0);
  await expect(broken.getByText('Hello from the fixed frame')).toHaveCount(0);
});
