'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// ChatKit calls this on mount (with null) and again when it needs a new
// secret (with the old one). Every call gets a new session from your route:
// never hand the old secret back, and keep no cache of your own.
async function getClientSecret(): Promise<string> {
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
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
