'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useState } from 'react';

export default function SupportChat() {
  // Broken: this guard stops the server error, but it returns before
  // useChatKit. Once mounted, the next render calls more hooks and React throws.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;

  const colorScheme = document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    theme: { colorScheme },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
