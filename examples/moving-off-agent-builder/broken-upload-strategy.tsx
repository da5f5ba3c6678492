'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getAccessToken } from './auth-client';

// Every request to your ChatKit server carries the signed-in user's token,
// and keeps the headers ChatKit set.
async function fetchWithAuth(input: RequestInfo | URL, init?: RequestInit) {
  const headers = new Headers(init?.headers);
  headers.set('Authorization', `Bearer ${await getAccessToken()}`);
  return fetch(input, { ...init, headers });
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
      fetch: fetchWithAuth,
    },
    composer: {
      attachments: {
        enabled: true,
        // @ts-expect-error Broken: uploadStrategy belongs under api.
        uploadStrategy: { type: 'two_phase' },
      },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
