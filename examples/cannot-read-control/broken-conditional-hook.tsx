'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useCurrentUser } from './current-user';

export default function SupportChat() {
  const user = useCurrentUser();
  // Broken: an early return before a hook. The first render stops here,
  // the next one calls useChatKit's hooks as well, and React throws.
  if (!user) return <p>Loading your account…</p>;

  const { control } = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
