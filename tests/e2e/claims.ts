import { expect, type FrameLocator, type Locator } from '@playwright/test';
import type { FrameObservation } from '../../src/examples/claims';
import type { ClaimDriver } from '../../src/examples/run-claims';
import type { FrameMetrics } from '../../src/frame-protocol';

/**
 * The browser's claim driver: it observes a sandbox through what a reader sees (the devtools pane's logs
 * and measurements, the frame's visible text) and acts through the page's controls.
 */
export function browserDriver(sandbox: Locator, frame: FrameLocator, origin: string): ClaimDriver {
  const logSize = () => sandbox.locator('[data-log] li').count();
  return {
    hasLayout: true,
    async observe(): Promise<FrameObservation> {
      const seen = await sandbox.evaluate((element) => {
        const items = (pane: string) => [...element.querySelectorAll<HTMLElement>(`[data-log="${pane}"] li`)];
        const metrics = Object.fromEntries(
          [...element.querySelectorAll<HTMLElement>('[data-metric]')].map((field) => [field.dataset.metric, Number(field.querySelector('dd')?.textContent)]),
        );
        return {
          console: items('console').map((item) => ({ level: item.dataset.level as 'error', text: item.textContent ?? '' })),
          network: items('network').map((item) => ({
            method: item.dataset.method ?? '',
            url: item.dataset.url ?? '',
            failed: item.dataset.failed === 'true',
            status: item.dataset.failed === 'true' ? null : Number(item.dataset.status),
          })),
          events: items('events').map((item) => ({ name: item.dataset.event ?? '', detail: '' })),
          metrics: Object.values(metrics).every(Number.isFinite) ? metrics : null,
        };
      });
      return {
        ...seen,
        origin,
        metrics: seen.metrics as FrameMetrics | null,
        isVisible: async (text) => (await frame.getByText(text).filter({ visible: true }).count()) > 0,
      };
    },
    async waitForQuiet() {
      const deadline = Date.now() + 3000;
      let before = -1;
      let now = await logSize();
      while (now !== before && Date.now() < deadline) {
        before = now;
        await sandbox.page().waitForTimeout(300);
        now = await logSize();
      }
    },
    async send(text) {
      const composer = frame.getByRole('textbox', { name: /message/i });
      await composer.fill(text);
      await composer.press('Enter');
    },
    async click(buttonName) {
      await frame.getByRole('button', { name: buttonName, exact: true }).click();
    },
    async usePageControl(control) {
      await sandbox.getByRole('button', { name: control.label, exact: true }).click();
    },
  };
}

/** Opens a page with one sandbox showing `variant`, and waits until that variant's frame is there. */
export async function openVariant(sandbox: Locator, name: string): Promise<void> {
  await sandbox.scrollIntoViewIfNeeded();
  await expect(sandbox.locator(`[role="tab"][data-variant="${name}"]`)).toHaveAttribute('aria-selected', 'true');
  await expect(sandbox).toHaveAttribute('data-state', /^(running|failed)$/, { timeout: 20_000 });
}
