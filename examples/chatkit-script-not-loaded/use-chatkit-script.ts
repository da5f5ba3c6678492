import { useEffect, useState } from 'react';

export type ChatKitScriptStatus = 'loading' | 'ready' | 'unavailable';

// Without chatkit.js nothing defines <openai-chatkit>, and <ChatKit> waits
// for it silently. This says so after `timeoutMs`.
export function useChatKitScript(timeoutMs = 5000): ChatKitScriptStatus {
  const [status, setStatus] = useState<ChatKitScriptStatus>('loading');
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => {
      if (active) setStatus('unavailable');
    }, timeoutMs);
    // Still listening after the timeout: a script that arrives late shows the chat.
    void customElements.whenDefined('openai-chatkit').then(() => {
      clearTimeout(timer);
      if (active) setStatus('ready');
    });
    return () => {
      active = false;
      clearTimeout(timer);
    };
  }, [timeoutMs]);
  return status;
}
