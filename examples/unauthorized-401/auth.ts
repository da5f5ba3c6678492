/**
 * Your app's sign-in check, on the server: the session cookie your sign-in sets.
 * Replace the lookup with your session store or auth library.
 */
export async function getSignedInUser(
  request: Request,
): Promise<{ id: string } | null> {
  const cookies = request.headers.get('cookie') ?? '';
  const sessionId = /(?:^|;\s*)sid=([^;]*)/.exec(cookies)?.[1];
  // In this sandbox, signing in gives everyone the same demo session.
  return sessionId === 'demo-session' ? { id: 'user_123' } : null;
}
