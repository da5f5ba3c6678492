/**
 * Your app's sign-in check: a session cookie, a JWT, your auth library.
 * In this sandbox it reads the demo_user cookie that server.sign-in.ts sets
 * (your real check verifies a signed session); without one, it is Ana.
 */
export async function getSignedInUser(
  request: Request,
): Promise<{ id: string } | null> {
  const cookies = request.headers.get('cookie') ?? '';
  const name = /(?:^|;\s*)demo_user=(ana|ben)(?:;|$)/.exec(cookies)?.[1];
  return { id: `user_${name ?? 'ana'}` };
}
