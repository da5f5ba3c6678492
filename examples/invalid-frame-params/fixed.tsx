'use client';

import { ChatKit, useChatKit, type CustomApiConfig } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
      uploadStrategy: { type: 'two_phase' },
    } satisfies CustomApiConfig,
    composer: { attachments: { enabled: true } },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
