'use client';

import { ChatKit } from '@openai/chatkit-react';
import { RecentTickets } from './recent-tickets';
import { useSupportChat } from './use-support-chat';

export default function SupportPanel() {
  const { control } = useSupportChat();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: 520 }}>
      <h1 style={{ margin: 0, fontSize: 20 }}>Support</h1>
      {/* minHeight: 0 lets the row be shorter than the ticket list,
          so the chat, which fills the row, fits the panel. */}
      <div style={{ flex: 1, display: 'flex', gap: 8, minHeight: 0 }}>
        {/* tabIndex: a list that scrolls must be reachable with the keyboard. */}
        <aside aria-label="Recent tickets" tabIndex={0} style={{ width: '30%', overflowY: 'auto' }}>
          <RecentTickets />
        </aside>
        <ChatKit control={control} style={{ flex: 1 }} />
      </div>
    </div>
  );
}
