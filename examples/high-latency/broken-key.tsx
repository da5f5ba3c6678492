'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { getClientSecret } from './get-client-secret';

export default function SupportPage() {
  const [answers, setAnswers] = useState(0);

  const { control } = useChatKit({
    api: { getClientSecret: () => getClientSecret() },
    startScreen: { greeting: 'How can we help?' },
    onResponseEnd: () => setAnswers((count) => count + 1),
  });

  return (
    <>
      <p>Answers so far: {answers}</p>
      {/* Broken: the key changes with every answer, so React throws this
          widget away and mounts a new one, which asks for a new session. */}
      <ChatKit
        key={answers}
        control={control}
        style={{ display: 'block', height: 480 }}
      />
    </>
  );
}
