// The symptom finder on the landing page: a paste finds its page as a link, the query lives in the URL
// and survives a reload, the keyboard reaches the results, a text no page lists says so, and without
// JavaScript the box does not appear.
import { expect, test, type Page } from '@playwright/test';

const label = 'Paste your error or describe what you see';
const paste = [
  'Uncaught TypeError: can\'t access property "control", chatKit is undefined',
  '    SupportChat https://app.example.com/assets/index-Cx81aF3b.js:2:10433',
  '    renderWithHooks https://app.example.com/assets/index-Cx81aF3b.js:1:4432',
].join('\n');

const results = (page: Page) => page.getByRole('list', { name: 'Matching pages' }).getByRole('listitem');

test('a pasted error finds its page first, as a link with the line it matched and its modes', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel(label).fill(paste);
  const first = results(page).first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/cannot-read-control/');
  await expect(first).toContainText('TypeError: can\'t access property "control", chatkit is undefined');
  await expect(first).toContainText('Custom server');
  await expect(page.getByRole('status').filter({ hasText: /pages? match/ })).toBeVisible();
});

test('the query is kept in the URL and read back on reload', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel(label).fill(paste);
  await expect(page).toHaveURL(/[?&]q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe(paste);
  await page.reload();
  await expect(page.getByLabel(label)).toHaveValue(paste);
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/cannot-read-control/');
});

test('a paste too long for a URL is kept cut, without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  const long = `TypeError: Failed to fetch\n${'    at f (https://x/index-Cx81.js:1:1)\n'.repeat(3_000)}`;
  // As a paste arrives: all at once (fill() would type it in pieces, slowly at this size).
  await page.getByLabel(label).evaluate((box: HTMLTextAreaElement, text) => {
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, long);
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', '/failed-to-fetch-cors/');
  await expect(page).toHaveURL(/[?&]q=TypeError/);
  const kept = new URL(page.url()).searchParams.get('q') ?? '';
  expect(kept.length).toBeGreaterThan(100);
  expect(long.startsWith(kept)).toBe(true);
  expect(errors).toEqual([]);
});

test('the keyboard alone reaches the first result from the box, and goes on past the results', async ({ page }) => {
  await page.goto('/?q=Load%20failed');
  const box = page.getByLabel(label);
  await expect(results(page).first()).toBeVisible();
  await box.focus();
  await page.keyboard.press('Tab');
  await expect(results(page).first().getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/failed-to-fetch-cors\/$/);
  await page.goBack();
  const count = await results(page).count();
  await page.getByLabel(label).focus();
  for (let press = 0; press <= count; press++) await page.keyboard.press('Tab');
  const outside = await page.evaluate(() => !document.activeElement?.closest('chatkit-symptom-finder'));
  expect(outside, 'Tab leaves the finder after its last result').toBe(true);
});

test('a text no page lists says so, and points to Getting help and the list of problems', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel(label).fill('my cat ate my homework');
  await expect(page.getByRole('status').filter({ hasText: 'No page lists this text' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Getting help' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'every problem below' })).toHaveAttribute('href', '#problems-by-symptom');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the box stays hidden, a note says why, and the static list is there', async ({ page }) => {
    await page.goto('/?q=Load%20failed');
    await expect(page.getByLabel(label)).toBeHidden();
    // Chromium with scripts turned off by Playwright still parses <noscript> as if they ran: check its text.
    expect(await page.locator('chatkit-symptom-finder noscript').textContent()).toContain('The search box needs JavaScript');
    await expect(page.getByRole('heading', { name: 'Problems by symptom' })).toBeVisible();
  });
});
