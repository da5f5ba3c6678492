// app/api/analytics/route.ts: stores one analytics event (here: accepts it).
export async function POST(request: Request): Promise<Response> {
  const { event } = await request.json();
  if (typeof event !== 'string') {
    return Response.json({ error: 'Missing event.' }, { status: 400 });
  }
  return new Response(null, { status: 204 });
}
