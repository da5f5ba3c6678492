'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

let cachedSecret: string | null = null;

// Broken: ignores the secret ChatKit passes in and hands back the cached
// one, so the refresh after the session expired gets the expired secret.
async function getClientSecret(): Promise<string> {
  if (cachedSecret) return cachedSecret;
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
  cachedSecret = body.client_secret;
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
