'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { ACCEPTED_FILES, MAX_UPLOAD_BYTES } from './upload-limits';

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
      // attachments.create goes to api.url; server.py answers where to post the bytes.
      uploadStrategy: { type: 'two_phase' },
    },
    composer: {
      attachments: { enabled: true, maxSize: MAX_UPLOAD_BYTES, maxCount: 5, accept: ACCEPTED_FILES },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
