import { newId } from './ids';

/**
 * Headers every api.openai.com answer carries here: a request id (what OpenAI support asks for) and
 * permissive CORS. [G] for the exact CORS values; the real API does accept browser calls.
 */
export function apiHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({
    'access-control-allow-origin': '*',
    'access-control-expose-headers': 'x-request-id',
    'x-request-id': newId('req', 16),
    ...extra,
  });
}

export function jsonResponse(body: unknown, status = 200, headers: Headers = new Headers()): Response {
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers });
}

export function apiJsonResponse(body: unknown, status = 200): Response {
  return jsonResponse(body, status, apiHeaders());
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return match?.[1] ?? null;
}

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false };

export async function readJsonBody(request: Request): Promise<JsonBodyResult> {
  try {
    return { ok: true, value: JSON.parse(await request.text()) };
  } catch {
    return { ok: false };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Waits with a real timer; resolves at once for 0. */
export function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, ms));
}
