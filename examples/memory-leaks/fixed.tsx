'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { trackAnswer } from './analytics';

export default function SupportPage() {
  const [answers, setAnswers] = useState(0);
  return (
    <>
      <p>Answers so far: {answers}</p>
      <SupportChat onAnswer={() => setAnswers((count) => count + 1)} />
    </>
  );
}

// Defined once, at module level: re-rendering SupportPage keeps this widget.
function SupportChat({ onAnswer }: { onAnswer: () => void }) {
  const [threadId, setThreadId] = useState<string | null>(null);
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    // The bindings keep one listener per event on the widget, remove them
    // when it unmounts, and always call the latest functions given here.
    onThreadChange: ({ threadId }) => setThreadId(threadId),
    onResponseEnd: () => {
      trackAnswer(threadId);
      onAnswer();
    },
  });
  return (
    <ChatKit control={control} style={{ display: 'block', height: 480 }} />
  );
}
