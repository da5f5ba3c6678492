/** Asks your server for a new ChatKit session and returns its client secret. */
export async function fetchClientSecret(): Promise<string> {
  const res = await fetch('/api/chatkit/session', { method: 'POST' });
  const body = await res.json().catch(() => null); // null if not JSON
  if (!res.ok) {
    throw new Error(body?.error ?? `Session request failed: HTTP ${res.status}`);
  }
  if (typeof body?.client_secret !== 'string') {
    throw new Error('Missing client secret in response');
  }
  return body.client_secret;
}
