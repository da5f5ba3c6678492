import { expect, type Locator, type Page } from '@playwright/test';

export const sandboxOf = (page: Page, slug: string) => page.locator(`chatkit-sandbox[data-example="${slug}"]`);

/**
 * Waits until the sandbox's frame has booted (the runner reports "running" or "failed") and then, for up
 * to `settleMs`, until ChatKit reports it is ready or has failed. A variant that does neither is left
 * in whatever state it reached: a hanging widget is a state too.
 */
export async function waitForSandboxToSettle(sandbox: Locator, settleMs = 10_000): Promise<void> {
  await expect(sandbox, 'the sandbox frame never reported that it started').toHaveAttribute('data-state', /^(running|failed)$/, { timeout: 20_000 });
  const settled = sandbox
    .locator('[data-log="events"] li[data-event="chatkit.ready"], [data-log="events"] li[data-event="chatkit.error"]')
    .or(sandbox.locator('xpath=self::*[@data-state="failed"]'));
  await settled.first().waitFor({ state: 'attached', timeout: settleMs }).catch(() => undefined);
}

/**
 * Opens a sandbox frame document on its own and waits until it has settled: it has rendered something
 * and then, for up to `settleMs`, until ChatKit reports ready or an error (seen by capture listeners on
 * the document, as the devtools pane sees them), the runner shows a boot failure or the variant's crash
 * report (both final).
 */
export async function openFrameDocument(page: Page, url: string, settleMs = 10_000): Promise<void> {
  await page.addInitScript(() => {
    const events: string[] = [];
    Object.assign(window, { __chatkitEvents: events });
    for (const name of ['chatkit.ready', 'chatkit.error']) document.addEventListener(name, () => events.push(name), { capture: true });
  });
  await page.goto(url);
  await expect(page.locator('main astro-island > *').first(), 'the frame document rendered nothing').toBeAttached({ timeout: 20_000 });
  await page
    .waitForFunction(() => (window as unknown as { __chatkitEvents: string[] }).__chatkitEvents.length > 0 || document.querySelector('.boot-failure, .crash'), null, {
      timeout: settleMs,
    })
    .catch(() => undefined);
}
