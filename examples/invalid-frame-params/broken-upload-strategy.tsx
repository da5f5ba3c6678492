'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
    },
    composer: {
      attachments: {
        enabled: true,
        // @ts-expect-error Broken: uploadStrategy belongs under api.
        uploadStrategy: { type: 'two_phase' },
      },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
