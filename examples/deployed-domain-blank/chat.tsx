'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// The key the domain allowlist gave you for the host this build is served
// from, set in each environment (.env.development: domain_pk_localhost_dev).
function domainKeyForThisBuild(): string {
  const key = process.env.NEXT_PUBLIC_CHATKIT_DOMAIN_KEY;
  if (!key) {
    throw new Error('NEXT_PUBLIC_CHATKIT_DOMAIN_KEY is not set for this build.');
  }
  return key;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: domainKeyForThisBuild() },
    startScreen: { greeting: 'How can we help with your order?' },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
