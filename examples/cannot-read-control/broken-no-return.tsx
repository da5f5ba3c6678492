'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// Broken: with braces, the arrow function has a body and returns nothing.
const useSupportChat = () => {
  useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
};

export default function SupportChat() {
  const chatkit = useSupportChat();
  return (
    // @ts-expect-error Broken: chatkit is undefined, so reading control throws.
    <ChatKit control={chatkit.control} style={{ display: 'block', height: 520 }} />
  );
}
