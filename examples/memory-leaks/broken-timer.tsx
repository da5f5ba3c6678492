'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect } from 'react';
import { getClientSecret } from './get-client-secret';

export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });

  useEffect(() => {
    // Broken: "keeps the session alive", and is never cleared. Each mount
    // starts one more timer that outlives it, and every 5 minutes each timer
    // creates a session that ChatKit never receives.
    setInterval(() => {
      void fetch('/api/chatkit/session', { method: 'POST' });
    }, 5 * 60 * 1000);
  }, []);

  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
