// content/unauthorized-401.mdx: `clientToken`, an option from old examples, in place of `getClientSecret`.
import { useChatKit } from '@openai/chatkit-react';

export function useSupportChat(token: string) {
  return useChatKit({
    // @ts-expect-error
    api: { clientToken: token },
  });
}
