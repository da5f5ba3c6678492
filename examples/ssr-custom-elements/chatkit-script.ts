import { useEffect, useState } from 'react';

export type ChatKitScript = 'loading' | 'ready' | 'missing';

/** Whether chatkit.js has defined <openai-chatkit>; 'missing' if it has not within `timeoutMs`. */
export function useChatKitScript(timeoutMs = 5000): ChatKitScript {
  const [status, setStatus] = useState<ChatKitScript>('loading');
  useEffect(() => {
    let active = true;
    const timer = setTimeout(() => setStatus((current) => (current === 'ready' ? current : 'missing')), timeoutMs);
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
