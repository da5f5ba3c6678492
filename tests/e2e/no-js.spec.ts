// Without JavaScript every page still shows its title; a problem page shows its symptom; a page with a
// sandbox shows every variant's code, exactly the file that runs, and none of the controls that need scripts.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtManifest, sitemapPaths } from './built-site';
import { sandboxOf } from './quality-gates';

test.use({ javaScriptEnabled: false });

const { pages, examples } = builtManifest();

test('scripts really are off: Starlight never defines its theme picker', async ({ page }) => {
  await page.goto('/');
  expect(await page.evaluate(() => typeof customElements.get('starlight-theme-select'))).toBe('undefined');
});

for (const path of sitemapPaths()) {
  const { errors = [], symptoms = [] } = pages.find((page) => page.path === path) ?? {};
  const isProblemPage = symptoms.length > 0;
  test(`${path} without JavaScript shows its title${isProblemPage ? ' and its symptom' : ''}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\S/);
    if (!isProblemPage) return;

    const symptom = page.getByRole('heading', { level: 2, name: 'The symptom', exact: true });
    await expect(symptom).toBeVisible();
    // The visible text of the section: the elements after the heading (or its anchor-link wrapper) up to the next H2.
    const section = await symptom.evaluate((heading) => {
      const start = heading.closest('.sl-heading-wrapper') ?? heading;
      const parts: string[] = [];
      for (let element = start.nextElementSibling; element && !element.matches('h2, .sl-heading-wrapper:has(> h2)'); element = element.nextElementSibling) {
        if (element.checkVisibility({ visibilityProperty: true })) parts.push((element as HTMLElement).innerText);
      }
      return parts.join('\n');
    });
    expect(section.trim(), 'the symptom section shows nothing').not.toBe('');
    if (errors.length > 0) {
      expect(
        errors.some((error) => section.includes(error)),
        `the symptom section quotes none of the page's errors:\n${errors.join('\n')}`,
      ).toBe(true);
    }
  });
}

for (const { slug, page: pagePath, variants } of examples) {
  test(`${pagePath} without JavaScript shows the code of every ${slug} variant, and no controls that need scripts`, async ({ page }) => {
    await page.goto(pagePath);
    const sandbox = sandboxOf(page, slug);
    for (const variant of variants) {
      const panel = sandbox.locator(`.sandbox-panel[data-variant="${variant.name}"]`);
      await expect(panel).toBeVisible();
      await expect(panel.getByRole('heading', { name: variant.label })).toBeVisible();
      for (const file of variant.files) {
        const code = panel.locator('figure.sandbox-file').filter({ has: page.locator(`figcaption code:text-is("${file}")`) }).locator('pre').first();
        await expect(code, `${variant.name}: ${file}`).toBeVisible();
        expect((await code.innerText()).trimEnd(), `${variant.name}: ${file} shows other code`).toBe(readFileSync(`examples/${slug}/${file}`, 'utf8').trimEnd());
      }
    }
    await expect(sandbox.getByRole('tablist', { name: 'Variants' })).toBeHidden();
    await expect(sandbox.getByRole('button', { name: 'Reset' })).toBeHidden();
  });
}
