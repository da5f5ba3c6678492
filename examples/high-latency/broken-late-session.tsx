'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { getClientSecret } from './get-client-secret';

function SupportChat() {
  // The session request starts only here, once the reader has opened the chat.
  const { control } = useChatKit({ api: { getClientSecret: () => getClientSecret() } });
  return <ChatKit control={control} style={{ display: 'block', height: 480 }} />;
}

export default function SupportPage() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={open}>
        Chat with us
      </button>
      {open && <SupportChat />}
    </>
  );
}
