import { expect, test } from '@playwright/test';
import { isBroken } from '../../src/scenario';
import { orderSteps, runClaimStep } from './claims';
import { examplesOnPages } from './examples';

const examples = await examplesOnPages();

test('at least one page embeds a sandbox', () => {
  expect(examples.length).toBeGreaterThan(0);
});

for (const { slug, pagePath, scenario } of examples) {
  const brokenSymptoms = scenario.variants.filter(isBroken).flatMap((variant) => variant.claims.flatMap((step) => ('see' in step ? [step.see] : [])));

  for (const variant of scenario.variants) {
    test(`${slug} · ${variant.label}: every claim holds`, async ({ page, baseURL }) => {
      await page.goto(`${pagePath}?${slug}=${variant.name}`);
      const sandbox = page.locator(`chatkit-sandbox[data-example="${slug}"]`);
      await sandbox.scrollIntoViewIfNeeded();
      await expect(sandbox.getByRole('tab', { name: variant.label })).toHaveAttribute('aria-selected', 'true');
      const frame = sandbox.frameLocator('iframe');

      const steps = isBroken(variant) ? variant.claims : [...variant.claims, ...brokenSymptoms.map((text) => ({ notSee: text }))];
      for (const step of orderSteps(steps)) {
        await test.step(JSON.stringify(step), () => runClaimStep(step, sandbox, frame, baseURL!));
      }
    });
  }
}
