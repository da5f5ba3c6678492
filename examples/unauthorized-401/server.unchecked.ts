import { getSignedInUser } from './auth';

// POST /api/chatkit/session, without a check of OpenAI's answer.
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
    body: JSON.stringify({
      user: user.id,
      workflow: { id: process.env.CHATKIT_WORKFLOW_ID },
    }),
  });
  const data = await upstream.json();
  // Broken: never looks at upstream.ok. OpenAI's 401 for a wrong API key
  // becomes a 200 whose client_secret is undefined, and nothing is logged.
  return Response.json({ client_secret: data.client_secret });
}
