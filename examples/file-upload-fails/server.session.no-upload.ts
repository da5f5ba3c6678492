import { getSignedInUser } from '../invalid-client-secret/auth';

// app/api/chatkit/session/route.ts: a ChatKit session for the signed-in user, with no
// chatkit_configuration, so file uploads stay off for the session.
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
    body: JSON.stringify({ user: user.id, workflow: { id: workflowId } }),
  });
  const session = await upstream.json();

  if (!upstream.ok) {
    // Pass OpenAI's status and message on; log the request id for support.
    console.warn(
      'ChatKit session failed',
      upstream.status,
      upstream.headers.get('x-request-id'),
      session.error?.message,
    );
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
