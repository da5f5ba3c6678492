'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useRef, useState } from 'react';
import { prefetchClientSecret, takeClientSecret, type EarlySecret } from './early-session';

function SupportChat({ getClientSecret }: { getClientSecret: (current: string | null) => Promise<string> }) {
  const { control } = useChatKit({ api: { getClientSecret } });
  return <ChatKit control={control} style={{ display: 'block', height: 480 }} />;
}

export default function SupportPage() {
  const [open, setOpen] = useState(false);
  const early = useRef<EarlySecret | null>(null);
  // Ask for the session while the reader is still reading the page.
  useEffect(() => {
    early.current ??= prefetchClientSecret();
  }, []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={open}>
        Chat with us
      </button>
      {open && <SupportChat getClientSecret={(current) => takeClientSecret(early, current)} />}
    </>
  );
}
