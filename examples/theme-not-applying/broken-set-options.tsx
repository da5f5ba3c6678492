'use client';

import { useEffect } from 'react';
import { ChatKit, useChatKit, type ThemeOption } from '@openai/chatkit-react';

export default function SupportChat() {
  const { control, ref } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev' },
    startScreen: { greeting: 'Ask us about your order' },
  });

  // When your site's theme switch changes data-theme on <html>, tell the widget.
  useEffect(() => {
    const observer = new MutationObserver(() => {
      const dark = document.documentElement.dataset['theme'] === 'dark';
      const theme: ThemeOption = { colorScheme: dark ? 'dark' : 'light' };
      // @ts-expect-error Broken: setOptions replaces every option; this call passes only theme.
      ref.current?.setOptions({ theme });
    });
    observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, [ref]);

  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
