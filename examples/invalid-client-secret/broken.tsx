'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

async function getClientSecret() {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  // Broken: resolves to the whole { client_secret, expires_at } object,
  // not to the client_secret string.
  return res.json();
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
