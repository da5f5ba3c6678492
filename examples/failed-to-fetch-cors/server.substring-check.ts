import { getSignedInUser } from './auth';
import { createChatKitSession } from './session';

// app/api/chatkit/session/route.ts on https://api.example.com, called by the
// page on https://app.example.com.

function corsHeaders(request: Request): Headers {
  const headers = new Headers({ Vary: 'Origin' });
  const origin = request.headers.get('Origin') ?? '';
  // Broken: a substring check. https://example.com.evil.test contains it too.
  if (origin.includes('example.com')) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return headers;
}

export async function POST(request: Request): Promise<Response> {
  const headers = corsHeaders(request);
  if (!headers.has('Access-Control-Allow-Origin')) {
    return Response.json({ error: 'Origin not allowed.' }, { status: 403, headers });
  }
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401, headers });
  }
  const { status, body } = await createChatKitSession(user.id);
  return Response.json(body, { status, headers });
}
