import { getSignedInUser } from './auth';
import { createChatKitSession } from './session';

// app/api/chatkit/session/route.ts on https://api.example.com, "opened up" for
// every origin. The page sends its sign-in cookie (credentials: 'include'),
// and a browser never lets a page read a credentialed answer that allows '*'.
const corsHeaders = { 'Access-Control-Allow-Origin': '*' };

export async function POST(request: Request): Promise<Response> {
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401, headers: corsHeaders });
  }
  const { status, body } = await createChatKitSession(user.id);
  return Response.json(body, { status, headers: corsHeaders });
}
