'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  // The order card's "Track parcel" button has `handler: "client"`, and nothing here handles it.
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 560 }} />
  );
}
