'use client';

import { ChatKit } from '@openai/chatkit-react';
import { useSupportChat } from './use-support-chat';

export default function SupportChat() {
  const { control } = useSupportChat();
  // Broken: this app has no Tailwind, so no stylesheet defines these classes.
  return <ChatKit control={control} className="h-[600px] w-[320px]" />;
}
