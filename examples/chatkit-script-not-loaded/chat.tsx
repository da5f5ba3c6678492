'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    startScreen: { greeting: 'How can we help?' },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
