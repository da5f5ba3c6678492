'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { getClientSecret } from './get-client-secret';

// No timer: ChatKit calls getClientSecret itself when it needs a secret.
export default function SupportChat() {
  const { control } = useChatKit({ api: { getClientSecret } });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
