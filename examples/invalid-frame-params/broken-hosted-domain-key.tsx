'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

async function getClientSecret(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  if (!res.ok) throw new Error(`Session request failed: HTTP ${res.status}`);
  const { client_secret } = await res.json();
  return client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      getClientSecret,
      // Broken: hosted mode takes no domainKey; the client secret carries it.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
