'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// Reads the page while rendering, so it cannot render on the server:
// render it inside <ClientOnly>.
export default function ThemedChat() {
  const colorScheme = document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    theme: { colorScheme },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
