// app/api/chatkit/route.ts: passes the browser's ChatKit requests on to your
// ChatKit server (chatkit-python) and streams its answers back.
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

  // Hands the stream on as it arrives, and asks proxies and CDNs on the way
  // not to buffer or compress it.
  return new Response(upstream.body, {
    status: upstream.status,
    headers: {
      'Content-Type': upstream.headers.get('Content-Type') ?? 'text/event-stream',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
