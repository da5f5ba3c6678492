'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';

// Broken: your site's dark-mode rules for the chat. They match <openai-chatkit> and the page's own
// elements inside it, never the widget's UI, which the element draws out of their reach.
const darkModeRules = `
  html[data-theme='dark'] openai-chatkit,
  html[data-theme='dark'] openai-chatkit * {
    background: #111827;
    color: #f9fafb;
    color-scheme: dark;
  }
`;

export default function SupportChat() {
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
  });
  return (
    <>
      <style>{darkModeRules}</style>
      <ChatKit control={control} style={{ display: 'block', height: 520 }} />
    </>
  );
}
