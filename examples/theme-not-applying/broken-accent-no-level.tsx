'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    theme: {
      colorScheme: 'light',
      color: {
        // @ts-expect-error Broken: accent needs level (0 to 3) beside primary.
        accent: { primary: '#0f766e' },
      },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
