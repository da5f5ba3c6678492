import { isPlainObject } from './plain-object';

/** A non-2xx answer, carrying the message the widget shows and the error code it reacts to. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | null;

  constructor(message: string, status: number, code: string | null) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * Reads an error answer: OpenAI's envelope `{"error":{"message","code",…}}`, or what a custom server
 * may send instead (FastAPI's `{"detail": …}`, `{"error": "…"}`, `{"message": "…"}`). Which of these the
 * real widget shows for a custom server is [G].
 */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  const body = parseJson(text);
  const envelope = isPlainObject(body) && isPlainObject(body['error']) ? body['error'] : null;
  const message =
    stringOrNull(envelope?.['message']) ??
    (isPlainObject(body) ? (stringOrNull(body['detail']) ?? stringOrNull(body['error']) ?? stringOrNull(body['message'])) : null) ??
    `Request failed with status ${response.status}.`;
  return new ApiError(message, response.status, stringOrNull(envelope?.['code']));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
