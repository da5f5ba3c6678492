'use client';

import { useEffect } from 'react';
import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useCurrentUser } from './current-user';

export default function SupportChat() {
  const user = useCurrentUser();
  const { control, focusComposer } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
  useEffect(() => {
    // Broken: this runs after the first render, before <ChatKit> is in the page.
    void focusComposer();
  }, [focusComposer]);

  if (!user) return <p>Loading your account…</p>; // after every hook
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
