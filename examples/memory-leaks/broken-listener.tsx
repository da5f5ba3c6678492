'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useEffect, useState } from 'react';
import { trackAnswer } from './analytics';

export default function SupportChat() {
  const [threadId, setThreadId] = useState<string | null>(null);
  const { control, ref } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    onThreadChange: ({ threadId }) => setThreadId(threadId),
  });

  useEffect(() => {
    // Broken: one more listener each time threadId changes, and none is
    // removed. The old ones keep firing, with the threadId they were made with.
    ref.current?.addEventListener('chatkit.response.end', () =>
      trackAnswer(threadId),
    );
  }, [ref, threadId]);

  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
