/**
 * Your app's sign-in check: here, the session cookie the browser sends.
 * In this sandbox every request comes from the same signed-in user.
 */
export async function getSignedInUser(
  _request: Request,
): Promise<{ id: string } | null> {
  return { id: 'user_123' };
}
