import { getClientSecret } from './get-client-secret';

/** A session lives 10 minutes by default; past half of that, ask for a new one rather than hand over an old one. */
const usableForMs = 5 * 60_000;

export interface EarlySecret {
  secret: Promise<string>;
  requestedAt: number;
}

/** Starts a session request now, so the widget finds a secret ready when it opens. */
export function prefetchClientSecret(): EarlySecret {
  const secret = getClientSecret();
  secret.catch(() => {}); // a failure is handled when the widget takes it
  return { secret, requestedAt: Date.now() };
}

/**
 * For useChatKit's getClientSecret: the prefetched secret on the first call, if it is still young (a
 * failed prefetch is asked again); a new session on every later call, as ChatKit makes one when a
 * secret nears its expiry.
 */
export function takeClientSecret(early: { current: EarlySecret | null }, currentClientSecret: string | null): Promise<string> {
  const prefetched = early.current;
  early.current = null;
  if (currentClientSecret === null && prefetched && Date.now() - prefetched.requestedAt < usableForMs) {
    return prefetched.secret.catch(() => getClientSecret());
  }
  return getClientSecret();
}
