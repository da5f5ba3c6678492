// Every call, the first and each refresh ChatKit asks for, gets a new session.
export async function getClientSecret(): Promise<string> {
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
