import { expect, type FrameLocator, type Locator } from '@playwright/test';
import type { ClaimStep } from '../../src/scenario';

const cssString = (value: string) => JSON.stringify(value);

/** Checks or performs one claim step against a running sandbox, through what a reader sees. */
export async function runClaimStep(step: ClaimStep, sandbox: Locator, frame: FrameLocator, origin: string): Promise<void> {
  const log = (pane: string) => sandbox.locator(`[data-log="${pane}"] li`);

  if ('see' in step) {
    await expect(frame.getByText(step.see).first()).toBeVisible();
  } else if ('notSee' in step) {
    await expect(frame.getByText(step.notSee)).toHaveCount(0);
  } else if ('console' in step) {
    await expect(log('console').and(sandbox.locator(`[data-level="${step.console}"]`)).filter({ hasText: step.text }).first()).toBeAttached();
  } else if ('request' in step) {
    const [method, target] = step.request.split(' ') as [string, string];
    const url = new URL(target, origin).href;
    const outcome = step.status === 'failed' ? 'failed (network error)' : String(step.status);
    await expect(
      sandbox.locator(`[data-log="network"] li[data-method=${cssString(method)}][data-url=${cssString(url)}][data-status=${cssString(outcome)}]`).first(),
    ).toBeAttached();
  } else if ('event' in step) {
    await expect(sandbox.locator(`[data-log="events"] li[data-event=${cssString(step.event)}]`).first()).toBeAttached();
  } else if ('noEvent' in step) {
    await expect(sandbox.locator(`[data-log="events"] li[data-event=${cssString(step.noEvent)}]`)).toHaveCount(0);
  } else if ('send' in step) {
    const composer = frame.getByRole('textbox', { name: /message/i });
    await composer.fill(step.send);
    await composer.press('Enter');
  } else {
    const skip = sandbox.getByRole('button', { name: 'Skip 10 minutes' });
    for (let skipped = 0; skipped < step.advanceMinutes; skipped += 10) await skip.click();
  }
}

const isNegative = (step: ClaimStep) => 'notSee' in step || 'noEvent' in step;

/** Positive steps run in order; negative ones are checked once everything else has happened. */
export function orderSteps(steps: ClaimStep[]): ClaimStep[] {
  return [...steps.filter((step) => !isNegative(step)), ...steps.filter(isNegative)];
}
