import { getSignedInUser } from './auth';
import { createChatKitSession } from './session';

// app/api/chatkit/session/route.ts: no CORS headers, which is right when the
// page calls it on its own origin.
export async function POST(request: Request): Promise<Response> {
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401 });
  }
  const { status, body } = await createChatKitSession(user.id);
  return Response.json(body, { status });
}
