'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { useState } from 'react';
import { SignInPrompt } from './sign-in-prompt';

export default function SupportChat() {
  const [signedOut, setSignedOut] = useState(false);
  const { control } = useChatKit({
    api: {
      async getClientSecret() {
        // Same origin: fetch sends the sign-in cookie by default.
        const res = await fetch('/api/chatkit/session', { method: 'POST' });
        if (res.status === 401) {
          setSignedOut(true); // your sign-in prompt instead of the chat
          throw new Error('Not signed in');
        }
        const type = res.headers.get('content-type') ?? '';
        const body = type.includes('application/json') ? await res.json() : null;
        if (!res.ok) {
          throw new Error(body?.error ?? `Session request failed: HTTP ${res.status}`);
        }
        if (typeof body?.client_secret !== 'string') {
          // An HTML page (say, a redirect to /login) lands here too, unparsed.
          throw new Error('Missing client secret in response');
        }
        return body.client_secret;
      },
    },
  });

  if (signedOut) {
    return (
      <SignInPrompt signInUrl="/api/sign-in" onSignedIn={() => setSignedOut(false)} />
    );
  }
  return (
    <ChatKit control={control} style={{ display: 'block', height: 520 }} />
  );
}
