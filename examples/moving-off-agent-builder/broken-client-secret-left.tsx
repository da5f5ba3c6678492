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

// Left over from the hosted component: a custom server needs no client secret.
async function getClientSecret(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(body?.error ?? `Session request failed: HTTP ${res.status}`);
  }
  if (typeof body?.client_secret !== 'string') {
    throw new Error('Missing client secret in response');
  }
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
      fetch: fetchWithAuth,
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
