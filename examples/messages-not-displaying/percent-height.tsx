'use client';

import { ChatKit } from '@openai/chatkit-react';
import { useSupportChat } from './use-support-chat';

export default function SupportChat() {
  const { control } = useSupportChat();
  return (
    // Broken: this div's height comes from its content, so 100% of it is nothing.
    <div>
      <ChatKit control={control} style={{ display: 'block', height: '100%' }} />
    </div>
  );
}
