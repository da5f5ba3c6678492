'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { getClientSecret } from './get-client-secret';

export default function SupportPage() {
  const [sent, setSent] = useState(0);

  const { control } = useChatKit({
    api: { getClientSecret: () => getClientSecret() },
    // Broken: there is no onMessageSent event. TypeScript refuses the key; in
    // plain JavaScript it is accepted and never called.
    // @ts-expect-error
    onMessageSent: () => setSent((count) => count + 1),
  });

  return (
    <>
      <p>Messages sent: {sent}</p>
      <ChatKit control={control} style={{ display: 'block', height: 480 }} />
    </>
  );
}
