'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

async function getClientSecret(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  if (!res.ok) throw new Error(`Session request failed: HTTP ${res.status}`);
  // Broken: res.ok is true. fetch followed the redirect to /login, whose
  // HTML page answered 200, and res.json() cannot parse HTML.
  const { client_secret } = await res.json();
  return client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
