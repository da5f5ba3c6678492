'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { ChatPanel } from './chat-panel';
import { fetchClientSecret } from './session';

export default function SupportPage() {
  return (
    <ChatPanel>
      <SupportChat />
    </ChatPanel>
  );
}

// No effect of yours creates a session: ChatKit calls getClientSecret when
// the widget loads, and again before the secret expires.
function SupportChat() {
  const { control } = useChatKit({
    api: { getClientSecret: fetchClientSecret },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
