// app/api/chatkit/route.ts: passes the browser's ChatKit requests on to your
// ChatKit server (chatkit-python) and sends its answers back.
export async function POST(request: Request): Promise<Response> {
  const chatkitUrl = process.env.CHATKIT_SERVER_URL;
  if (!chatkitUrl) {
    return Response.json(
      { error: 'The server is missing CHATKIT_SERVER_URL.' },
      { status: 500 },
    );
  }

  const upstream = await fetch(chatkitUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: await request.text(),
  });

  // Reads the whole answer first: for a streamed reply, that is its last word.
  const body = await upstream.text();
  return new Response(body, {
    status: upstream.status,
    headers: {
      'Content-Type': upstream.headers.get('Content-Type') ?? 'application/json',
    },
  });
}
