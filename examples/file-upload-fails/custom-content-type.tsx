'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { ACCEPTED_FILES, MAX_UPLOAD_BYTES } from './upload-limits';

/** Meant to "help" uploads along: it replaces the Content-Type fetch would give a FormData body. */
function withUploadHeaders(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const headers = new Headers(init?.headers);
  if (init?.body instanceof FormData) {
    headers.set('Content-Type', 'multipart/form-data'); // no boundary: the parts cannot be found
  }
  return fetch(input, { ...init, headers });
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
      uploadStrategy: { type: 'direct', uploadUrl: '/api/chatkit/upload' },
      fetch: withUploadHeaders,
    },
    composer: {
      attachments: { enabled: true, maxSize: MAX_UPLOAD_BYTES, maxCount: 5, accept: ACCEPTED_FILES },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
