import { getSignedInUser } from './auth';

// Broken: one secret for everyone, kept for an hour to save a round trip.
// A session belongs to the user it was created for, and lasts 10 minutes.
const CACHE_MS = 60 * 60 * 1000;
type CachedSession = {
  client_secret: string;
  expires_at: number;
  savedAt: number;
};
let cachedSession: CachedSession | null = null;

// app/api/chatkit/session/route.ts
export async function POST(request: Request): Promise<Response> {
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401 });
  }
  if (cachedSession && Date.now() - cachedSession.savedAt < CACHE_MS) {
    return Response.json({
      client_secret: cachedSession.client_secret,
      expires_at: cachedSession.expires_at,
    });
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
    return Response.json(
      {
        error: session.error?.message ?? 'Could not create a ChatKit session.',
      },
      { status: upstream.status },
    );
  }
  cachedSession = {
    client_secret: session.client_secret,
    expires_at: session.expires_at,
    savedAt: Date.now(),
  };
  return Response.json({
    client_secret: cachedSession.client_secret,
    expires_at: cachedSession.expires_at,
  });
}
