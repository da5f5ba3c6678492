'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getAccessToken } from './auth-client';

async function fetchWithAuth(input: RequestInfo | URL, init?: RequestInit) {
  const token = await getAccessToken();
  // Broken: ...init comes last, so ChatKit's init.headers replaces this
  // headers object, Authorization and all.
  return fetch(input, {
    headers: { Authorization: `Bearer ${token}` },
    ...init,
  });
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
      fetch: fetchWithAuth,
      uploadStrategy: { type: 'two_phase' },
    },
    composer: { attachments: { enabled: true } },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
