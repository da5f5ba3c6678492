'use client';

import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { debug } from './debug';

/** Your ChatKit server's answers, logged by URL, status, type and time; never their bodies, which hold your users' messages. */
async function loggedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const started = performance.now();
  const res = await fetch(input, init);
  debug('request:', {
    url: input instanceof Request ? input.url : String(input),
    status: res.status,
    type: res.headers.get('content-type'), // text/event-stream for a streamed answer
    ms: Math.round(performance.now() - started),
  });
  return res;
}

export default function SupportChat() {
  const { control } = useChatKit({
    api: { url: '/chatkit', domainKey: 'domain_pk_localhost_dev', fetch: loggedFetch },
    onReady: () => debug('ready'),
    onError: ({ error }) => console.error('[chatkit] error:', error),
    onLog: ({ name }) => debug('log:', name),
    onResponseStart: () => debug('response start'),
    onResponseEnd: () => debug('response end'),
    onThreadChange: ({ threadId }) => debug('thread:', threadId),
  });
  return <ChatKit control={control} style={{ display: 'block', height: 560 }} />;
}
