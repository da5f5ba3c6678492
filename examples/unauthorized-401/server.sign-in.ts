// POST /api/sign-in: stands in for your real sign-in (a password form, SSO).
// It sets the session cookie your API routes read.
export async function POST(): Promise<Response> {
  const headers = new Headers();
  // SameSite=None (with Secure): sent with credentialed requests from any site.
  // If your app and API share a site (app. and api.example.com), Lax is enough.
  headers.append(
    'Set-Cookie',
    'sid=demo-session; Path=/; HttpOnly; Secure; SameSite=None; Max-Age=3600',
  );
  return Response.json({ signedIn: true }, { headers });
}
