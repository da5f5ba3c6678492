'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { getClientSecret } from './get-client-secret';

export default function SupportPage() {
  const [answers, setAnswers] = useState(0);

  // A new options object and new inline functions on every render are fine:
  // the bindings compare option values, ignore function identity (they call
  // your latest function) and call setOptions only when a value changed.
  const { control } = useChatKit({
    api: { getClientSecret: () => getClientSecret() },
    startScreen: { greeting: 'How can we help?' },
    onResponseEnd: () => setAnswers((count) => count + 1),
  });

  return (
    <>
      <p>Answers so far: {answers}</p>
      {/* Mounted once, with no key: one widget and one session. */}
      <ChatKit control={control} style={{ display: 'block', height: 480 }} />
    </>
  );
}
