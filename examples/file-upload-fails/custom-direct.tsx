'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { ACCEPTED_FILES, MAX_UPLOAD_BYTES } from './upload-limits';

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
      uploadStrategy: { type: 'direct', uploadUrl: '/api/chatkit/upload' },
    },
    composer: {
      // The upload route's own limits: a file it would refuse is refused before it is sent.
      attachments: { enabled: true, maxSize: MAX_UPLOAD_BYTES, maxCount: 5, accept: ACCEPTED_FILES },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
