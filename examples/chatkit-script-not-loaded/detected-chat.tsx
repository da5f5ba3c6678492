'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useChatKitScript } from './use-chatkit-script';

export default function SupportChat() {
  const script = useChatKitScript();
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    startScreen: { greeting: 'How can we help?' },
  });
  if (script === 'unavailable') {
    return (
      <p role="alert">
        ChatKit web component is unavailable. Verify that the script URL is
        reachable.
      </p>
    );
  }
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
