'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { getClientSecret } from './get-client-secret';

export default function SupportPage() {
  const [answers, setAnswers] = useState(0);

  const { control } = useChatKit({
    api: { getClientSecret: () => getClientSecret() },
    // Broken: an option value that changes whenever the page re-renders, so
    // every answer sends the whole configuration to the widget again.
    startScreen: { greeting: `How can we help? (${answers} answers so far)` },
    onResponseEnd: () => setAnswers((count) => count + 1),
  });

  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
