type Route = (request: Request) => Promise<Response>;

// Your API's CORS layer, around every route of an API on another origin than
// your app: exactly one allowed origin (a wildcard is refused with cookies),
// and permission to send cookies.
export function withCors(route: Route): Route {
  return async (request) => {
    const response = await route(request);
    response.headers.set('Access-Control-Allow-Origin', process.env.APP_ORIGIN ?? '');
    response.headers.set('Access-Control-Allow-Credentials', 'true');
    response.headers.append('Vary', 'Origin');
    return response;
  };
}

// OPTIONS: the browser's preflight, sent first when a request has a JSON body
// or headers such as Authorization. It allows the headers the request asks for.
export async function preflight(request: Request): Promise<Response> {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': process.env.APP_ORIGIN ?? '',
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers':
        request.headers.get('access-control-request-headers') ?? '',
      'Access-Control-Max-Age': '600',
      Vary: 'Origin',
    },
  });
}
