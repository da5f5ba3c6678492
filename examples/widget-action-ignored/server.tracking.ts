/** Stands in for your carrier's tracking API. */
const parcels: Record<string, { parcel: string; status: string }> = {
  '1042': { parcel: 'ZX123', status: 'in the Leeds depot' },
};

/** GET /api/orders/:orderId/tracking: where the order's parcel is. */
export async function GET(request: Request): Promise<Response> {
  const orderId = decodeURIComponent(new URL(request.url).pathname.split('/').at(-2) ?? '');
  const parcel = parcels[orderId];
  if (!parcel) return Response.json({ error: `No order ${orderId}` }, { status: 404 });
  return Response.json({ orderId, ...parcel });
}
