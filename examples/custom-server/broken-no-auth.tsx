'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control } = useChatKit({
    // Broken: no `fetch`, so requests reach the server without the user's token.
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    onClientTool: async ({ name }) => {
      if (name === 'get_user_language') return { language: navigator.language };
      throw new Error(`No client tool named ${name}`);
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 560 }} />
  );
}
