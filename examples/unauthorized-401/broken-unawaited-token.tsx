'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getAccessToken } from './auth-client';

async function fetchWithAuth(input: RequestInfo | URL, init?: RequestInit) {
  const headers = new Headers(init?.headers);
  // Broken: no `await`, so the header is "Bearer [object Promise]".
  // TypeScript accepts a Promise inside a template string.
  headers.set('Authorization', `Bearer ${getAccessToken()}`);
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
