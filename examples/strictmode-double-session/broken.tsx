'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect } from 'react';
import { ChatPanel } from './chat-panel';
import { startThread } from './start-thread';

export default function SupportPage() {
  return (
    <ChatPanel>
      <SupportChat />
    </ChatPanel>
  );
}

function SupportChat() {
  const { control, setThreadId } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
  });

  useEffect(() => {
    // Broken: each run of this effect starts a thread and shows it, and
    // nothing undoes it. StrictMode runs it twice in development; in
    // production it runs again whenever the chat is mounted or shown again.
    void startThread().then(setThreadId);
  }, [setThreadId]);

  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
