import type { MockClock } from './clock';
import type { Endpoint } from './hosted-state';

export type HostedEndpointName =
  | 'sessions.create'
  | 'sessions.cancel'
  | 'conversation'
  | 'files'
  | 'domain_keys.verify'
  | 'domain_keys.verify_hosted';

export interface MockRequestLogEntry {
  endpoint: HostedEndpointName;
  method: string;
  url: string;
  status: number;
  /** Mock-clock time the answer was ready (for a stream: when it started). */
  atMs: number;
}

/** Every answered request of one mock instance, in order. */
export class RequestLog {
  readonly #entries: MockRequestLogEntry[] = [];
  readonly #clock: MockClock;

  constructor(clock: MockClock) {
    this.#clock = clock;
  }

  get entries(): readonly MockRequestLogEntry[] {
    return [...this.#entries];
  }

  record(endpoint: HostedEndpointName, inner: Endpoint): Endpoint {
    return async (request, params) => {
      const response = await inner(request, params);
      this.#entries.push({
        endpoint,
        method: request.method,
        url: request.url,
        status: response.status,
        atMs: this.#clock.nowMs(),
      });
      return response;
    };
  }
}
