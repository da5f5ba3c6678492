import { expect, test } from '@playwright/test';
import { sitemapPaths } from './built-site';

const paths = sitemapPaths();

test('the sitemap lists the symptom finder and every troubleshooting page', () => {
  expect(paths).toContain('/');
  expect(paths.length).toBeGreaterThanOrEqual(12);
  expect(paths.filter((path) => path.startsWith('/sandbox/')), 'sandbox frames are not pages').toEqual([]);
});

for (const path of paths) {
  test(`${path} answers 200 with one H1, no console error, and is in the sidebar`, async ({ page }) => {
    // A sandbox's broken variant logs errors on purpose, in its own frame; sandboxes.spec.ts checks them.
    await page.route(/\/sandbox\/[^/]+\/[^/]+\/$/, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sandbox</title>' }));
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);

    const sidebarLink = page.locator(`#starlight__sidebar a[href="${path}"]`);
    await expect(sidebarLink).toHaveCount(1);
    await expect(sidebarLink).toHaveAttribute('aria-current', 'page');

    expect(consoleErrors).toEqual([]);
  });
}
