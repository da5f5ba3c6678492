import type { ChatSession, ChatSessionCreateParams } from '../chatkit-protocol/index';
import type { MockClock } from './clock';
import { newId } from './ids';
import { DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_SESSION_TTL_SECONDS, resolveChatKitConfiguration } from './session-params';

/** Sessions minted by one mock instance. Status is derived from the clock when read. */
export class SessionStore {
  readonly #clock: MockClock;
  readonly #byId = new Map<string, ChatSession>();

  constructor(clock: MockClock) {
    this.#clock = clock;
  }

  create(params: ChatSessionCreateParams): ChatSession {
    const requestsPerMinute = params.rate_limits?.max_requests_per_1_minute ?? DEFAULT_REQUESTS_PER_MINUTE;
    const session: ChatSession = {
      id: newId('cksess'),
      object: 'chatkit.session',
      chatkit_configuration: resolveChatKitConfiguration(params.chatkit_configuration),
      client_secret: newId('ek', 24),
      expires_at: this.#clock.nowSeconds() + (params.expires_after?.seconds ?? DEFAULT_SESSION_TTL_SECONDS),
      max_requests_per_1_minute: requestsPerMinute,
      rate_limits: { max_requests_per_1_minute: requestsPerMinute },
      status: 'active',
      user: params.user,
      workflow: {
        id: params.workflow.id,
        state_variables: params.workflow.state_variables ?? null,
        tracing: { enabled: params.workflow.tracing?.enabled ?? true },
        version: params.workflow.version ?? null,
      },
    };
    this.#byId.set(session.id, session);
    return this.#snapshot(session);
  }

  get(id: string): ChatSession | undefined {
    const session = this.#byId.get(id);
    return session && this.#snapshot(session);
  }

  findByClientSecret(clientSecret: string): ChatSession | undefined {
    for (const session of this.#byId.values()) {
      if (session.client_secret === clientSecret) return this.#snapshot(session);
    }
    return undefined;
  }

  /** Cancelling is idempotent [G]; an expired session can still be cancelled [G]. */
  cancel(id: string): ChatSession | undefined {
    const session = this.#byId.get(id);
    if (!session) return undefined;
    session.status = 'cancelled';
    return this.#snapshot(session);
  }

  list(): ChatSession[] {
    return Array.from(this.#byId.values(), (session) => this.#snapshot(session));
  }

  #snapshot(session: ChatSession): ChatSession {
    const copy = structuredClone(session);
    if (copy.status === 'active' && this.#clock.nowSeconds() >= copy.expires_at) copy.status = 'expired';
    return copy;
  }
}
