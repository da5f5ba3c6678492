'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useParcelTracking } from './parcel-tracking';

export default function SupportPage() {
  const { tracking, onAction } = useParcelTracking();
  const chatkit = useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    widgets: { onAction },
  });

  async function askAboutOrder(orderId: string) {
    try {
      await chatkit.sendCustomAction({ type: 'order.show', payload: { order_id: orderId } });
    } catch (error) {
      console.error(error);
    }
  }

  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <button type="button" onClick={() => askAboutOrder('1042')}>
        Ask about order 1042
      </button>
      <ChatKit control={chatkit.control} style={{ display: 'block', height: 520 }} />
      {tracking && <p role="status">{`Parcel ${tracking.parcel} is ${tracking.status}.`}</p>}
    </div>
  );
}
