// app/api/sign-in/route.ts: the sandbox's stand-in for your sign-in. It
// signs in one of two demo users by name; yours checks a password or an
// identity provider and sets a signed session cookie.
const demoUsers = ['ana', 'ben'];

export async function POST(request: Request): Promise<Response> {
  const user = new URL(request.url).searchParams.get('user');
  if (user === null || !demoUsers.includes(user)) {
    return Response.json({ error: 'Unknown user.' }, { status: 400 });
  }
  return new Response(null, {
    status: 204,
    headers: {
      'Set-Cookie': `demo_user=${user}; Path=/; HttpOnly; Secure; SameSite=Lax`,
    },
  });
}
