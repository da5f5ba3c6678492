'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// Hosted mode (Agent Builder): the session route mints a client secret.
async function getClientSecret(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(body?.error ?? `Session request failed: HTTP ${res.status}`);
  }
  if (typeof body?.client_secret !== 'string') {
    throw new Error('Missing client secret in response');
  }
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: { getClientSecret },
    startScreen: { greeting: 'How can we help with your order?' },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
