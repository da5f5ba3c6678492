'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { useParcelTracking } from './parcel-tracking';

export default function SupportPage() {
  const [threadId, setThreadId] = useState<string | null>(null);
  const [responding, setResponding] = useState(false);
  const { tracking, onAction } = useParcelTracking();
  const chatkit = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    widgets: { onAction },
    onThreadChange: ({ threadId }) => setThreadId(threadId),
    onResponseStart: () => setResponding(true),
    onResponseEnd: () => setResponding(false),
  });

  // A custom action needs a thread (and no response streaming): before the first message, ask in a
  // message, which starts the thread.
  async function askAboutOrder(orderId: string) {
    if (threadId === null) await chatkit.sendUserMessage({ text: `Where is order ${orderId}?` });
    else await chatkit.sendCustomAction({ type: 'order.show', payload: { order_id: orderId } });
  }

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <button type="button" disabled={responding} onClick={() => askAboutOrder('1042')}>
        Ask about order 1042
      </button>
      <ChatKit control={chatkit.control} style={{ display: 'block', height: 520 }} />
      {tracking && <p role="status">{`Parcel ${tracking.parcel} is ${tracking.status}.`}</p>}
    </div>
  );
}
