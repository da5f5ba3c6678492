'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { ChatPanel } from './chat-panel';

export default function SupportPage() {
  return (
    <ChatPanel>
      <SupportChat />
    </ChatPanel>
  );
}

// No effect: the greeting is part of the start screen, and the widget creates
// the first thread when the user sends the first message.
function SupportChat() {
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    startScreen: { greeting: 'Hello! I can help with orders and refunds.' },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
