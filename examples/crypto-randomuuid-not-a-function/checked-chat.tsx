'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { insecureContextMessage, useSecureContext } from './use-secure-context';

export default function SupportChat() {
  const secure = useSecureContext();
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    startScreen: { greeting: 'How can we help?' },
  });
  if (secure === null) return null;
  if (!secure) return <p role="alert">{insecureContextMessage}</p>;
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
