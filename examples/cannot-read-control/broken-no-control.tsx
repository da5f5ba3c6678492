'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  // Broken: the hook's result is dropped; <ChatKit> does not find it on its own.
  useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
  return (
    // @ts-expect-error Broken: <ChatKit> needs the control useChatKit returned.
    <ChatKit style={{ display: 'block', height: 520 }} />
  );
}
