import { recentOrders } from './orders';

const encoder = new TextEncoder();
/** One server-sent event, as a ChatKit server writes it. */
const sse = (event: object) =>
  encoder.encode(`data: ${JSON.stringify(event)}\n\n`);

// app/api/chatkit/route.ts: adds the customer's orders to each message and
// passes the widget's requests on to your ChatKit server (chatkit-python),
// streaming from the first moment it has something to show.
export async function POST(request: Request): Promise<Response> {
  const chatkitUrl = process.env.CHATKIT_SERVER_URL;
  if (!chatkitUrl) {
    return Response.json(
      { error: 'The server is missing CHATKIT_SERVER_URL.' },
      { status: 500 },
    );
  }

  const body: { type: string; metadata?: Record<string, unknown> } =
    await request.json();
  const forward = (payload: object) =>
    fetch(chatkitUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });

  const isMessage =
    body.type === 'threads.create' || body.type === 'threads.add_user_message';
  if (!isMessage) {
    const upstream = await forward(body);
    return new Response(upstream.body, {
      status: upstream.status,
      headers: {
        'Content-Type': upstream.headers.get('Content-Type') ?? 'application/json',
      },
    });
  }

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      // Something to show at once, while the slow work runs.
      controller.enqueue(
        sse({ type: 'progress_update', text: 'Looking up your orders…' }),
      );
      try {
        const orders = await recentOrders(request);
        const upstream = await forward({
          ...body,
          metadata: { ...body.metadata, orders },
        });
        if (!upstream.ok || !upstream.body) {
          throw new Error(`ChatKit server answered HTTP ${upstream.status}`);
        }
        // Then the server's events, each as it arrives.
        const reader = upstream.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          controller.enqueue(value);
        }
      } catch (error) {
        console.error('ChatKit route failed', error);
        controller.enqueue(
          sse({ type: 'error', code: 'stream.error', allow_retry: true }),
        );
      }
      controller.close();
    },
  });

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}
