'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

async function createSession(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(
      body?.error ?? `Session request failed: HTTP ${res.status}`,
    );
  }
  if (typeof body?.client_secret !== 'string') {
    throw new Error('Missing client secret in response');
  }
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      // Broken: hands the current secret back, trusting onSessionExpired
      // below to start over. That option does not exist, so it never runs.
      getClientSecret: async (current) => current ?? (await createSession()),
    },
    // @ts-expect-error Broken: useChatKit has no onSessionExpired option.
    onSessionExpired: () => window.location.reload(),
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
