// app/api/chatkit/route.ts: passes the browser's ChatKit requests on to your
// ChatKit server (chatkit-python), streams its answers back and logs them.
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

  // Passes each chunk on as it arrives, and logs the answer once it is complete.
  let answer = '';
  const logAnswer = new TransformStream<string, string>({
    transform(chunk, controller) {
      controller.enqueue(chunk);
      answer += chunk;
    },
    flush() {
      console.info('ChatKit server answered', upstream.status, answer);
    },
  });

  return new Response(
    upstream.body
      ?.pipeThrough(new TextDecoderStream())
      .pipeThrough(logAnswer)
      .pipeThrough(new TextEncoderStream()),
    {
      status: upstream.status,
      headers: {
        'Content-Type': upstream.headers.get('Content-Type') ?? 'text/event-stream',
        'Cache-Control': 'no-cache, no-transform',
        'X-Accel-Buffering': 'no',
      },
    },
  );
}
