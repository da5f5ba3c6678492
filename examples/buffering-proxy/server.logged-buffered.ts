// app/api/chatkit/route.ts: passes the browser's ChatKit requests on to your
// ChatKit server (chatkit-python), sends its answers back and logs them.
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

  // Collects the answer for the log, then passes it on once it is complete.
  let answer = '';
  const logAnswer = new TransformStream<string, string>({
    transform(chunk) {
      answer += chunk;
    },
    flush(controller) {
      console.info('ChatKit server answered', upstream.status, answer);
      controller.enqueue(answer);
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
