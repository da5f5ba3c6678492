'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useState } from 'react';
import { ChatPanel } from './chat-panel';
import { fetchClientSecret } from './session';

export default function SupportPage() {
  return (
    <ChatPanel>
      <SupportChat />
    </ChatPanel>
  );
}

function SupportChat() {
  const [clientSecret, setClientSecret] = useState<string | null>(null);

  useEffect(() => {
    // Broken: each run of this effect creates a session, and nothing undoes
    // it. StrictMode runs it twice in development; in production it runs
    // again whenever the chat is mounted or shown again.
    fetchClientSecret().then(setClientSecret, (error) => console.error(error));
  }, []);

  if (clientSecret === null) return <p>Loading the chat…</p>;
  return <Chat clientSecret={clientSecret} />;
}

function Chat({ clientSecret }: { clientSecret: string }) {
  const { control } = useChatKit({
    api: { getClientSecret: async () => clientSecret },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
