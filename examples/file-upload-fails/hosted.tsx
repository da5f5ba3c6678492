'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

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
    api: { getClientSecret },
    composer: {
      attachments: {
        enabled: true,
        maxSize: 20 * 1024 * 1024, // bytes: the session's max_file_size of 20 (MB)
        maxCount: 5, // the session's max_files
        // What hosted sessions take: PDFs and images.
        accept: {
          'application/pdf': ['.pdf'],
          'image/*': ['.png', '.jpg', '.jpeg', '.gif', '.webp'],
        },
      },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
