'use client';

import { Activity, useState, type ReactNode } from 'react';

/**
 * A chat panel the user can close and open again. While it is closed, React
 * keeps the chat (its state and its <openai-chatkit> element) but runs the
 * cleanup of every effect inside; when it opens again, it runs them again.
 */
export function ChatPanel({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <section aria-label="Support">
      <button type="button" onClick={() => setOpen((isOpen) => !isOpen)}>
        {open ? 'Close chat' : 'Open chat'}
      </button>
      <Activity mode={open ? 'visible' : 'hidden'}>{children}</Activity>
    </section>
  );
}
