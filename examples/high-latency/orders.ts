/**
 * Your app's own data: the signed-in customer's recent orders, from your
 * database or an internal API. In this sandbox the lookup takes 700 ms, as a
 * slow query would.
 */
export async function recentOrders(
  _request: Request,
): Promise<{ id: string; status: string }[]> {
  await new Promise((resolve) => setTimeout(resolve, 700));
  return [{ id: '1042', status: 'shipped' }];
}
