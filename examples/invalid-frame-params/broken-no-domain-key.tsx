'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    // @ts-expect-error Broken: a custom-server api needs domainKey beside url.
    api: {
      url: '/chatkit',
      uploadStrategy: { type: 'two_phase' },
    },
    composer: { attachments: { enabled: true } },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
