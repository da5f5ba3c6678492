import { useChatKit } from '@openai/chatkit-react';

// The same chat in every tab: only where it is placed, and how it is sized, differs.
export function useSupportChat() {
  return useChatKit({
    api: {
      url: '/chatkit',
      // Any placeholder works on localhost; register your domain for production.
      domainKey: 'domain_pk_localhost_dev',
    },
    startScreen: {
      greeting: 'How can we help?',
      prompts: [{ label: 'Refunds', prompt: 'How long do refunds take?' }],
    },
  });
}
