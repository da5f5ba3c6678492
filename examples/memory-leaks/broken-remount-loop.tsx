'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';

export default function SupportPage() {
  const [answers, setAnswers] = useState(0);

  // Broken: a component defined inside another component's render is a new
  // component type on every render. Each answer updates `answers`, so React
  // unmounts this chat and mounts a new one: a new widget, with the
  // conversation gone from the screen.
  function Chat() {
    const { control } = useChatKit({
      api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
      onResponseEnd: () => setAnswers((count) => count + 1),
    });
    return (
      <ChatKit control={control} style={{ display: 'block', height: 480 }} />
    );
  }

  return (
    <>
      <p>Answers so far: {answers}</p>
      <Chat />
    </>
  );
}
