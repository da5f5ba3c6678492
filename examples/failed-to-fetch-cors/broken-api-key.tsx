'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// Broken: the browser asks OpenAI for the session itself, with your secret
// API key. Not set for this build, and it must stay that way: Next.js writes
// NEXT_PUBLIC_ variables into the JavaScript every visitor downloads.
async function getClientSecret(): Promise<string> {
  const res = await fetch('https://api.openai.com/v1/chatkit/sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${process.env.NEXT_PUBLIC_OPENAI_API_KEY}`,
      'Content-Type': 'application/json',
      'OpenAI-Beta': 'chatkit_beta=v1',
    },
    body: JSON.stringify({ user: 'user_123', workflow: { id: 'wf_demo_support' } }),
  });
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(body?.error?.message ?? `Session request failed: HTTP ${res.status}`);
  }
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
