// content/invalid-frame-params.mdx: `satisfies CustomApiConfig` refuses a hosted-mode option left beside `url`.
import { useChatKit, type CustomApiConfig } from '@openai/chatkit-react';

export function useSupportChat() {
  return useChatKit({
    api: {
      url: '/chatkit',
      domainKey: 'domain_pk_localhost_dev',
      // @ts-expect-error
      getClientSecret: async () => 'ek_unused',
    } satisfies CustomApiConfig,
  });
}
