'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getAccessToken } from './auth-client';

// A path on the page's own origin: in development the dev server proxies it to
// the ChatKit server on 127.0.0.1:8000, so the browser never sees another origin.
const CHATKIT_URL = '/chatkit';

// Every request to your ChatKit server carries the signed-in user's token.
async function fetchWithAuth(input: RequestInfo | URL, init?: RequestInit) {
  const headers = new Headers(init?.headers);
  headers.set('Authorization', `Bearer ${await getAccessToken()}`);
  return fetch(input, { ...init, headers });
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: CHATKIT_URL,
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
      fetch: fetchWithAuth,
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
