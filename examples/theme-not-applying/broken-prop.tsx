'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { usePageTheme } from './use-page-theme';

export default function SupportChat() {
  const colorScheme = usePageTheme();
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
  });
  return (
    <ChatKit
      control={control}
      // @ts-expect-error Broken: theme is an option of useChatKit, not a prop of <ChatKit>.
      theme={{ colorScheme }}
      style={{ display: 'block', height: 520 }}
    />
  );
}
