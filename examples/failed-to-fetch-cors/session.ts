// A ChatKit session for the signed-in user: your server's call to OpenAI.
export async function createChatKitSession(
  userId: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const apiKey = process.env.OPENAI_API_KEY;
  const workflowId = process.env.CHATKIT_WORKFLOW_ID;
  if (!apiKey || !workflowId) {
    return {
      status: 500,
      body: { error: 'The server is missing OPENAI_API_KEY or CHATKIT_WORKFLOW_ID.' },
    };
  }
  const upstream = await fetch('https://api.openai.com/v1/chatkit/sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${apiKey}`,
      'Content-Type': 'application/json',
      'OpenAI-Beta': 'chatkit_beta=v1',
    },
    body: JSON.stringify({ user: userId, workflow: { id: workflowId } }),
  });
  const session = await upstream.json();
  if (!upstream.ok) {
    return {
      status: upstream.status,
      body: { error: session.error?.message ?? 'Could not create a ChatKit session.' },
    };
  }
  return {
    status: 200,
    body: { client_secret: session.client_secret, expires_at: session.expires_at },
  };
}
