'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

const debug = {
  logSessionCreation: true,
  logErrors: true,
};

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      async getClientSecret() {
        const res = await fetch('/api/chatkit/session', { method: 'POST' });

        if (debug.logSessionCreation) {
          console.log('[DEBUG] Response status:', res.status);
          const data = await res.json();
          console.log('[DEBUG] Response:', data);
        }

        // @ts-expect-error
        return data.client_secret;
      },
    },
    onError: ({ error }) => {
      if (debug.logErrors) {
        console.error('[ERROR]', { message: error.message, stack: error.stack });
      }
    },
  });
  return <ChatKit control={control} style={{ display: 'block', height: 560 }} />;
}
