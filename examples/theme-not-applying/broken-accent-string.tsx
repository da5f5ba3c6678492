'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    theme: {
      colorScheme: 'light',
      color: {
        // @ts-expect-error Broken: accent is an object, { primary, level }, not a color.
        accent: '#0f766e',
      },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
