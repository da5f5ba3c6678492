import { getSignedInUser } from './auth';

// app/api/chatkit/session/route.ts: a new ChatKit session on every call,
// the first and every refresh, for the user who is signed in. No cache.
export async function POST(request: Request): Promise<Response> {
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401 });
  }

  const apiKey = process.env.OPENAI_API_KEY;
  const workflowId = process.env.CHATKIT_WORKFLOW_ID;
  if (!apiKey || !workflowId) {
    return Response.json(
      { error: 'The server is missing OPENAI_API_KEY or CHATKIT_WORKFLOW_ID.' },
      { status: 500 },
    );
  }

  const upstream = await fetch('https://api.openai.com/v1/chatkit/sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${apiKey}`,
      'Content-Type': 'application/json',
      'OpenAI-Beta': 'chatkit_beta=v1',
    },
    // Lives 10 minutes, the default; expires_after: { anchor: 'created_at',
    // seconds } sets another lifetime.
    body: JSON.stringify({ user: user.id, workflow: { id: workflowId } }),
  });
  const session = await upstream.json();

  if (!upstream.ok) {
    return Response.json(
      {
        error: session.error?.message ?? 'Could not create a ChatKit session.',
      },
      { status: upstream.status },
    );
  }
  return Response.json({
    client_secret: session.client_secret,
    expires_at: session.expires_at,
  });
}
