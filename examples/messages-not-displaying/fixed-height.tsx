'use client';

import { ChatKit } from '@openai/chatkit-react';
import { useSupportChat } from './use-support-chat';

export default function SupportChat() {
  const { control } = useSupportChat();
  // A block box with a height of its own: the chat fills it and scrolls inside it.
  return <ChatKit control={control} style={{ display: 'block', height: 500 }} />;
}
