'use client';

import { ChatKit } from '@openai/chatkit-react';
import { RecentTickets } from './recent-tickets';
import { useSupportChat } from './use-support-chat';

export default function SupportPanel() {
  const { control } = useSupportChat();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 520 }}>
      <h1 style={{ margin: 0, fontSize: 20 }}>Support</h1>
      {/* Broken: a flex item is at least as tall as its content,
          so the ticket list stretches this row. */}
      <div style={{ flex: 1, display: 'flex', gap: 8 }}>
        {/* tabIndex: a list that scrolls must be reachable with the keyboard. */}
        <aside aria-label="Recent tickets" tabIndex={0} style={{ width: '30%', overflowY: 'auto' }}>
          <RecentTickets />
        </aside>
        <ChatKit control={control} style={{ flex: 1 }} />
      </div>
    </div>
  );
}
