'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getAccessToken } from './auth-client';

// Every request to your ChatKit server carries the signed-in user's token.
async function fetchWithAuth(input: RequestInfo | URL, init?: RequestInit) {
  const headers = new Headers(init?.headers); // keeps ChatKit's own headers
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
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
