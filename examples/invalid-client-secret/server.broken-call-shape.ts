import { getSignedInUser } from './auth';

// app/api/chatkit/session/route.ts, with the body many snippets show.
export async function POST(request: Request): Promise<Response> {
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401 });
  }

  const upstream = await fetch('https://api.openai.com/v1/chatkit/sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${process.env.OPENAI_API_KEY}`,
      'Content-Type': 'application/json',
      'OpenAI-Beta': 'chatkit_beta=v1',
    },
    // Broken: the API has no `user_id`; it wants `user` and `workflow: { id }`.
    body: JSON.stringify({ user_id: user.id }),
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
