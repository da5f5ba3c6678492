'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// The session route is deployed with your API, on another origin than this page.
const SESSION_URL = 'https://api.example.com/api/chatkit/session';

async function getClientSecret(): Promise<string> {
  const res = await fetch(SESSION_URL, {
    method: 'POST',
    credentials: 'include', // send the sign-in cookie to the other origin
  });
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
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
