'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { debug } from './debug';

async function getClientSecret(currentClientSecret: string | null): Promise<string> {
  debug('getClientSecret:', currentClientSecret === null ? 'first call' : 'refresh');
  const started = performance.now();
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  const body = await res.json().catch(() => null);
  debug('session route:', {
    status: res.status,
    ms: Math.round(performance.now() - started),
    hasClientSecret: typeof body?.client_secret === 'string', // whether it is there, never the secret itself
  });
  if (!res.ok) throw new Error(body?.error ?? `Session request failed with HTTP ${res.status}`);
  if (typeof body?.client_secret !== 'string') throw new Error('Missing client secret in response');
  return body.client_secret;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: { getClientSecret },
    onReady: () => debug('ready'),
    onError: ({ error }) => console.error('[chatkit] error:', error),
    onLog: ({ name }) => debug('log:', name),
    onResponseStart: () => debug('response start'),
    onResponseEnd: () => debug('response end'),
    onThreadChange: ({ threadId }) => debug('thread:', threadId),
  });
  return <ChatKit control={control} style={{ display: 'block', height: 560 }} />;
}
