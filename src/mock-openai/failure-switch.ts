/** Decides whether the next streamed response fails: always, or once on request. */
export class FailureSwitch {
  #always: boolean;
  #pending = 0;

  constructor(always = false) {
    this.#always = always;
  }

  /** Makes the next streamed response end with a `stream.error` event instead of a reply. */
  failNext(): void {
    this.#pending += 1;
  }

  /** Consulted once per streamed response. */
  take(): boolean {
    if (this.#always) return true;
    if (this.#pending === 0) return false;
    this.#pending -= 1;
    return true;
  }
}
