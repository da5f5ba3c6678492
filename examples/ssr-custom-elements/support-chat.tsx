'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useChatKitScript } from './chatkit-script';
import { usePageTheme } from './page-theme';

// Renders on the server too: the page and customElements are read only
// in the browser, inside the two hooks.
export default function SupportChat() {
  const colorScheme = usePageTheme();
  const script = useChatKitScript();
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    theme: { colorScheme },
  });
  return (
    <>
      {script === 'missing' && <p role="alert">The chat could not load: chatkit.js did not define &lt;openai-chatkit&gt;.</p>}
      <ChatKit control={control} style={{ display: 'block', height: 480 }} />
    </>
  );
}
