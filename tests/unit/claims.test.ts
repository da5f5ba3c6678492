// @vitest-environment node
// The claim registry: every kind has exactly one entry, the compiler refuses a kind without one, and
// counts and measurements are checked as they read on the page.
import { describe, expect, it } from 'vitest';
import {
  claimKinds,
  describeClaim,
  type ClaimDefinition,
  type ClaimKind,
  type ClaimShapes,
  type FrameObservation,
  type StepClaim,
} from '../../src/examples/claims';
import type { FrameMetrics } from '../../src/frame-protocol';

const metrics: FrameMetrics = { chatkitWidth: 600, chatkitHeight: 520, setOptionsCalls: 1, chatkitListeners: 13, liveIntervals: 0, sessionsMinted: 2, replyTextSteps: 0, widgetLightness: 98, lastMessageInView: 1 };

function observation(overrides: Partial<FrameObservation> = {}): FrameObservation {
  return {
    origin: 'https://site.test',
    console: [],
    network: [],
    events: [],
    metrics,
    isVisible: async () => false,
    ...overrides,
  };
}

const check = <K extends ClaimKind>(kind: K, claim: ClaimShapes[K], frame = observation()) =>
  (claimKinds[kind] as ClaimDefinition<ClaimShapes[K]>).check(claim, frame);

describe('the compiler', () => {
  it('refuses a registry that leaves a claim kind without an implementation', () => {
    const { measure: _measure, ...withoutMeasure } = claimKinds;
    // @ts-expect-error Property 'measure' is missing: every claim kind needs an entry.
    const incomplete: typeof claimKinds = withoutMeasure;
    expect(Object.keys(incomplete)).not.toContain('measure');
  });

  it('refuses a claim of an unknown kind, and an absence among the steps', () => {
    // @ts-expect-error 'seee' is not a claim kind.
    const unknown: StepClaim = { seee: 'Ready' };
    // @ts-expect-error An absence can only be checked once the frame has settled, not in a step.
    const absence: StepClaim = { notSee: 'Error' };
    expect([unknown, absence]).toHaveLength(2);
  });

  it('refuses a measurement claim without bounds', () => {
    // @ts-expect-error A measurement must say what it expects.
    const unbounded: StepClaim = { measure: 'setOptionsCalls' };
    expect(unbounded).toBeDefined();
  });
});

describe('request claims', () => {
  const finished = (status: number) => ({ method: 'POST', url: 'https://site.test/api/session', status, failed: false });

  it('resolve a path against the site and count matching requests: at least one by default', async () => {
    expect(await check('request', { request: 'POST /api/session', status: 200 }, observation({ network: [finished(200)] }))).toBeNull();
    expect(await check('request', { request: 'POST /api/session', status: 200 }, observation({ network: [finished(500)] }))).toMatch(/0, fewer than 1/);
  });

  it('hold an exact count', async () => {
    const twice = observation({ network: [finished(200), finished(200)] });
    expect(await check('request', { request: 'POST /api/session', status: 200, exactly: 1 }, twice)).toMatch(/2, not exactly 1/);
    expect(await check('request', { request: 'POST /api/session', status: 200, exactly: 2 }, twice)).toBeNull();
  });

  it('tell a network failure from an HTTP status', async () => {
    const failed = observation({ network: [{ method: 'POST', url: 'https://site.test/api/session', status: null, failed: true }] });
    expect(await check('request', { request: 'POST /api/session', status: 'failed' }, failed)).toBeNull();
    expect(await check('request', { request: 'POST /api/session', status: 200 }, failed)).not.toBeNull();
  });

  it('count every outcome when no status is given', async () => {
    const mixed = observation({ network: [finished(500), { method: 'POST', url: 'https://site.test/api/session', status: null, failed: true }] });
    expect(await check('request', { request: 'POST /api/session', exactly: 2 }, mixed)).toBeNull();
    expect(await check('request', { request: 'POST /api/session', exactly: 0 }, mixed)).toMatch(/2, not exactly 0/);
    expect(describeClaim({ request: 'POST /api/session', exactly: 0 })).toBe('POST /api/session is made, exactly 0 times.');
  });
});

describe('measurements', () => {
  it('compare against every bound given', async () => {
    expect(await check('measure', { measure: 'chatkitHeight', atLeast: 400 })).toBeNull();
    expect(await check('measure', { measure: 'chatkitHeight', atLeast: 400, atMost: 500 })).toBe('520, more than 500');
    expect(await check('measure', { measure: 'sessionsMinted', exactly: 1 })).toBe('2, not exactly 1');
    expect(await check('measure', { measure: 'setOptionsCalls', exactly: 1 }, observation({ metrics: null }))).toMatch(/no measurements/);
  });

  it('read on the page as what they measure and their bounds', () => {
    expect(describeClaim({ measure: 'chatkitHeight', atLeast: 400 })).toBe('The <openai-chatkit> element’s rendered height (px): at least 400.');
    expect(describeClaim({ request: 'POST /api/session', status: 200, exactly: 1 })).toBe('POST /api/session answers 200, exactly 1 time.');
    expect(describeClaim({ event: 'chatkit.ready', atLeast: 2 })).toBe('ChatKit fires chatkit.ready at least 2 times.');
  });

  it('of layout are left to a real browser', () => {
    expect(claimKinds.measure.browserOnly?.({ measure: 'chatkitHeight', exactly: 0 })).toMatch(/layout/);
    expect(claimKinds.measure.browserOnly?.({ measure: 'setOptionsCalls', exactly: 1 })).toBeUndefined();
  });
});

describe('text, console and event claims', () => {
  it('check what is visible and what is not', async () => {
    const frame = observation({ isVisible: async (text) => text === 'Ready' });
    expect(await check('see', { see: 'Ready' }, frame)).toBeNull();
    expect(await check('notSee', { notSee: 'Ready' }, frame)).toMatch(/is visible/);
  });

  it('match the console by level and text, and name what was there instead', async () => {
    const frame = observation({ console: [{ level: 'warn', text: 'Invalid client_secret provided.' }] });
    expect(await check('console', { console: 'warn', text: 'Invalid client_secret' }, frame)).toBeNull();
    expect(await check('console', { console: 'error', text: 'Invalid client_secret' }, frame)).toMatch(/errors: none/);
  });

  it('count events and refuse one that must never fire', async () => {
    const frame = observation({ events: [{ name: 'chatkit.ready', detail: '' }] });
    expect(await check('event', { event: 'chatkit.ready', exactly: 1 }, frame)).toBeNull();
    expect(await check('noEvent', { noEvent: 'chatkit.ready' }, frame)).toBe('chatkit.ready fired');
  });
});
