'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useCurrentUser } from './current-user';

export default function SupportChat() {
  const user = useCurrentUser();
  // Every hook runs on every render, before anything is returned.
  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
  return (
    <>
      {!user && <p>Loading your account…</p>}
      {/* Hidden by layout while loading: the widget stays mounted. */}
      <ChatKit
        control={control}
        style={{ display: user ? 'block' : 'none', height: 520 }}
      />
    </>
  );
}
