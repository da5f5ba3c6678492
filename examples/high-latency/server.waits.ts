import { recentOrders } from './orders';

// app/api/chatkit/route.ts: adds the customer's orders to each message and
// passes the widget's requests on to your ChatKit server (chatkit-python).
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
  const isMessage =
    body.type === 'threads.create' || body.type === 'threads.add_user_message';
  // Waits for the lookup before anything is sent to the browser…
  const metadata = isMessage
    ? { ...body.metadata, orders: await recentOrders(request) }
    : body.metadata;

  const upstream = await fetch(chatkitUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...body, metadata }),
  });

  // …then for the whole answer: the widget's first event is the reply's last.
  const answer = await upstream.text();
  return new Response(answer, {
    status: upstream.status,
    headers: {
      'Content-Type': upstream.headers.get('Content-Type') ?? 'application/json',
    },
  });
}
