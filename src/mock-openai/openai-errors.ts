import type { OpenAIErrorBody } from '../chatkit-protocol/index';
import { apiHeaders, apiJsonResponse } from './http-utils';

export interface OpenAIErrorDetails {
  type?: string;
  param?: string | null;
  code?: string | null;
}

export function openAIErrorBody(message: string, details: OpenAIErrorDetails = {}): OpenAIErrorBody {
  return {
    error: {
      message,
      type: details.type ?? 'invalid_request_error',
      param: details.param ?? null,
      code: details.code ?? null,
    },
  };
}

export function openAIErrorResponse(status: number, message: string, details: OpenAIErrorDetails = {}): Response {
  return apiJsonResponse(openAIErrorBody(message, details), status);
}

/** OpenAI's wording for a body that is not JSON. [I] generic OpenAI API. */
export const INVALID_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

const SERVER_ERROR_MESSAGE = 'The server had an error while processing your request. Sorry about that!';

/** OpenAI's generic 500. [I] chatkit-js#149 reports the status; the text is OpenAI's usual one [G]. */
export function serverErrorResponse(): Response {
  return openAIErrorResponse(500, SERVER_ERROR_MESSAGE, { type: 'server_error' });
}

/**
 * The same 500 without CORS headers, as users saw it in the widget's frame: the browser then refuses to
 * let the frame read it ([I] chatkit-js#22, starter-app#7). The body is the generic one [G]; no page can read it.
 */
export function serverErrorWithoutCorsResponse(): Response {
  const headers = apiHeaders({ 'content-type': 'application/json' });
  headers.delete('access-control-allow-origin');
  headers.delete('access-control-expose-headers');
  const body = openAIErrorBody(SERVER_ERROR_MESSAGE, { type: 'server_error' });
  return new Response(JSON.stringify(body), { status: 500, headers });
}
