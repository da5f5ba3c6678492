/**
 * Your app's sign-in check: a session cookie, a JWT, your auth library.
 * In this sandbox every request comes from the same signed-in user.
 */
export async function getSignedInUser(
  _request: Request,
): Promise<{ id: string } | null> {
  return { id: 'user_123' };
}
