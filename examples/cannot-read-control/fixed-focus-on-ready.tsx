'use client';

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
    // Fires once the widget is in the page and loaded.
    onReady: async () => {
      try {
        await focusComposer();
      } catch (error) {
        console.warn('Could not focus the ChatKit composer', error);
      }
    },
  });

  if (!user) return <p>Loading your account…</p>; // after every hook
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
