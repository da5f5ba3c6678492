/**
 * Runs a variant's claim plan against a running frame, the same way for both test drivers: each step's
 * action, then each of its claims polled until it holds; then, once the frame has gone quiet, every
 * settled claim checked once. A driver says how it observes and controls its frame.
 */
import { actionDefinition, browserOnlyReason, claimDefinition, performAction, type Claim, type FrameControls, type FrameObservation } from './claims';
import type { ClaimPlan } from './scenario';

export interface ClaimDriver extends FrameControls {
  /** What the frame has reported so far. */
  observe(): Promise<FrameObservation>;
  /** Resolves once the frame has reported nothing new for a while (or a limit has passed). */
  waitForQuiet(): Promise<void>;
  /** False in jsdom: claims that need layout are skipped there. */
  hasLayout: boolean;
}

export interface RunOptions {
  /** How long a step's claim may take to hold. */
  timeoutMs: number;
  pollMs?: number;
  /** Wraps each action and claim, e.g. in a Playwright test step; by default just runs it. */
  report?: (title: string, body: () => Promise<void>) => Promise<void>;
}

export class ClaimFailure extends Error {
  override name = 'ClaimFailure';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function checkOnce(claim: Claim, driver: ClaimDriver): Promise<string | null> {
  return claimDefinition(claim).check(claim, await driver.observe());
}

/** Runs the plan; resolves to the claims skipped for want of layout, or rejects with the first that failed. */
export async function runPlan(plan: ClaimPlan, driver: ClaimDriver, { timeoutMs, pollMs = 50, report = (_title, body) => body() }: RunOptions): Promise<string[]> {
  const skipped: string[] = [];
  const applies = (claim: Claim) => {
    const reason = driver.hasLayout ? undefined : browserOnlyReason(claim);
    if (reason) skipped.push(`${claimDefinition(claim).describe(claim)} (${reason})`);
    return !reason;
  };

  for (const step of plan.steps) {
    if (step.do) {
      const action = step.do;
      await report(actionDefinition(action).describe(action), () => performAction(action, driver));
    }
    for (const claim of step.expect.filter(applies)) {
      const title = claimDefinition(claim).describe(claim);
      await report(title, async () => {
        const deadline = Date.now() + timeoutMs;
        let reason = await checkOnce(claim, driver);
        while (reason !== null && Date.now() < deadline) {
          await sleep(pollMs);
          reason = await checkOnce(claim, driver);
        }
        if (reason !== null) throw new ClaimFailure(`${title} It did not hold within ${timeoutMs / 1000} s: ${reason}.`);
      });
    }
  }

  const settled = plan.settled.filter(applies);
  if (settled.length > 0) await report('The frame goes quiet', () => driver.waitForQuiet());
  for (const claim of settled) {
    const title = claimDefinition(claim).describe(claim);
    await report(title, async () => {
      const reason = await checkOnce(claim, driver);
      if (reason !== null) throw new ClaimFailure(`${title} Once the frame was quiet: ${reason}.`);
    });
  }
  return skipped;
}
