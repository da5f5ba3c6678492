'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { usePageTheme } from './use-page-theme';

export default function SupportChat() {
  const colorScheme = usePageTheme();
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    // When colorScheme changes, the bindings call setOptions again with all of these options.
    theme: {
      colorScheme,
      radius: 'round',
      color: { accent: { primary: '#0f766e', level: 2 } },
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
