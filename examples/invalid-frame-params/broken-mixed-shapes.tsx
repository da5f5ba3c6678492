'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// Left over from hosted mode: a custom server needs no client secret.
async function getClientSecret(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  if (!res.ok) throw new Error(`Session request failed: HTTP ${res.status}`);
  const { client_secret } = await res.json();
  return client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
      uploadStrategy: { type: 'two_phase' },
      // Broken: getClientSecret belongs to the other shape of api.
      getClientSecret,
    },
    composer: { attachments: { enabled: true } },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
