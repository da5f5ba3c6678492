/**
 * The mock world's time. It runs with the real clock (so a 10-minute session really does expire
 * after 10 minutes) plus whatever `advance()` has added, so a sandbox can "skip 10 minutes" and a
 * test can expire a session without waiting. It never goes backwards.
 */
export class MockClock {
  #offsetMs: number;

  /** `startMs` sets where the clock starts; by default it starts at the real time. */
  constructor(options: { startMs?: number } = {}) {
    this.#offsetMs = options.startMs === undefined ? 0 : options.startMs - Date.now();
  }

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  /** Unix time in whole seconds, the unit of `expires_at`. */
  nowSeconds(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`MockClock.advance() needs a finite, non-negative number of ms, got ${ms}.`);
    }
    this.#offsetMs += ms;
  }

  isoNow(): string {
    return new Date(this.nowMs()).toISOString();
  }
}
