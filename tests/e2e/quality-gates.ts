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
