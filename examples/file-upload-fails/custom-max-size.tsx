'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { ACCEPTED_FILES } from './upload-limits';

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
      uploadStrategy: { type: 'direct', uploadUrl: '/api/chatkit/upload' },
    },
    composer: {
      // Meant as 20 MB, read as 20 bytes: maxSize counts bytes.
      attachments: { enabled: true, maxSize: 20, maxCount: 5, accept: ACCEPTED_FILES },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
