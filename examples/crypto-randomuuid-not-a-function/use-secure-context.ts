import { useEffect, useState } from 'react';

export const insecureContextMessage =
  'The chat cannot start: this page is not a secure context. Open it over HTTPS or on localhost.';

// ChatKit's frame needs crypto.randomUUID(), which browsers give only to
// secure contexts: pages served over HTTPS, or from localhost.
// null until known: the server that renders the page cannot tell.
export function useSecureContext(): boolean | null {
  const [secure, setSecure] = useState<boolean | null>(null);
  useEffect(() => {
    if (!window.isSecureContext) console.warn(insecureContextMessage);
    setSecure(window.isSecureContext);
  }, []);
  return secure;
}
