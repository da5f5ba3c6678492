// Frame isolation under stress, on the fixture site: a page with three sandboxes, reloaded 20 times.
// Each frame's route answers with its own example's name, so a request answered by another frame's
// handlers shows; a frame the mock service worker does not control would reach the real server.
import { expect, test } from '@playwright/test';
import { builtExamples, fixtureDist } from './built-site';

const examples = builtExamples(fixtureDist).filter((example) => example.page === '/three-sandboxes/');
const reloads = 20;

test(`three sandboxes on one page, reloaded ${reloads} times: every request answered by its own frame, every frame controlled`, async ({ page }) => {
  test.setTimeout(180_000);
  expect(examples.map((example) => example.slug)).toEqual(['isolation-a', 'isolation-b', 'isolation-c']);
  await page.setViewportSize({ width: 1000, height: 4000 });
  const wrongAnswers: string[] = [];
  const uncontrolled: string[] = [];

  await page.goto('/three-sandboxes/');
  for (let load = 1; load <= reloads; load++) {
    if (load > 1) await page.reload();
    for (const { slug } of examples) {
      const sandbox = page.locator(`chatkit-sandbox[data-example="${slug}"]`);
      const answer = sandbox.frameLocator('iframe').locator('[data-answered-by]');
      await expect(answer).not.toHaveText('(asking)', { timeout: 20_000 });
      const text = await answer.textContent();
      if (text !== `${slug}/fixed`) wrongAnswers.push(`load ${load}: ${slug} got “${text}”`);
      const frame = page.frame({ url: new RegExp(`/sandbox/${slug}/fixed/$`) });
      if (!(await frame?.evaluate(() => navigator.serviceWorker.controller !== null))) uncontrolled.push(`load ${load}: ${slug}`);
    }
  }
  expect(wrongAnswers, 'requests answered by another frame’s handlers').toEqual([]);
  expect(uncontrolled, 'frames the mock service worker did not control').toEqual([]);
});

test('a route’s HttpOnly cookie comes back after a reload, stays in its own sandbox, and page scripts cannot read it', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 4000 });
  await page.goto('/three-sandboxes/');
  const sandbox = (slug: string) => page.locator(`chatkit-sandbox[data-example="${slug}"]`);
  const visit = (slug: string) => sandbox(slug).frameLocator('iframe').locator('[data-visit]');
  await expect(visit('isolation-a')).toHaveText('1');
  await expect(visit('isolation-b')).toHaveText('1');
  await sandbox('isolation-a').getByRole('button', { name: 'Reset' }).click();
  await expect(visit('isolation-a')).toHaveText('2');
  await page.reload();
  await expect(visit('isolation-a')).toHaveText('3');
  await expect(visit('isolation-b'), 'another sandbox’s cookie jar').toHaveText('2');
  const frame = page.frame({ url: /\/sandbox\/isolation-a\/fixed\/$/ });
  expect(await frame?.evaluate(() => document.cookie)).not.toContain('visits');
});
