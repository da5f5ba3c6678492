import { getSignedInUser } from './auth';
import { createChatKitSession } from './session';

// app/api/chatkit/session/route.ts on https://api.example.com, called by the
// page on https://app.example.com.

/** The origins in ALLOWED_ORIGINS (comma-separated), normalized like an Origin header. */
function allowedOrigins(): Set<string> {
  const entries = (process.env.ALLOWED_ORIGINS ?? '').split(',');
  return new Set(
    entries.filter((entry) => entry.trim() !== '').map((entry) => new URL(entry.trim()).origin),
  );
}

/** Whether the request's Origin header is exactly one of the allowed origins. */
export function isAllowedOrigin(origin: string | null): origin is string {
  if (!origin) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file: pages) and anything else not a URL
  }
  // A browser sends scheme://host[:port] and nothing more.
  return parsed.origin === origin && allowedOrigins().has(parsed.origin);
}

function corsHeaders(request: Request): Headers {
  // The answer depends on Origin: keep shared caches from mixing them up.
  const headers = new Headers({ Vary: 'Origin' });
  const origin = request.headers.get('Origin');
  if (isAllowedOrigin(origin)) {
    headers.set('Access-Control-Allow-Origin', origin); // the exact origin, never '*'
    headers.set('Access-Control-Allow-Credentials', 'true'); // the page sends cookies
  }
  return headers;
}

// The preflight: browsers send one first for a request with a JSON body or an
// Authorization header. Allow what your page sends, nothing more.
export async function OPTIONS(request: Request): Promise<Response> {
  const headers = corsHeaders(request);
  headers.set('Access-Control-Allow-Methods', 'POST');
  headers.set('Access-Control-Allow-Headers', 'Content-Type');
  headers.set('Access-Control-Max-Age', '600');
  return new Response(null, { status: 204, headers });
}

export async function POST(request: Request): Promise<Response> {
  const headers = corsHeaders(request);
  // A simple POST reaches the route even when the browser will hide the answer:
  // refuse other origins before doing the work.
  if (!headers.has('Access-Control-Allow-Origin')) {
    return Response.json({ error: 'Origin not allowed.' }, { status: 403, headers });
  }
  const user = await getSignedInUser(request);
  if (!user) {
    return Response.json({ error: 'Sign in first.' }, { status: 401, headers });
  }
  const { status, body } = await createChatKitSession(user.id);
  return Response.json(body, { status, headers });
}
