'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

async function getClientSecret() {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  // Broken: no res.ok check, so an error answer becomes `undefined`.
  const { client_secret } = await res.json();
  return client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
