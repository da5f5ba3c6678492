import type { ChatSession } from '../chatkit-protocol/index';
import { bearerToken } from './http-utils';
import { openAIErrorResponse } from './openai-errors';
import type { SessionStore } from './session-store';

/** [G] OpenAI's usual wording; not seen for ChatKit specifically. */
export const MISSING_API_KEY_MESSAGE =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (i.e. username:YOUR_KEY) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.";

/**
 * OpenAI shows a short key as is (the classic "Incorrect API key provided: undefined.") and masks
 * the middle of a long one, keeping its `sk-`/`sk-proj-` prefix and last four characters. [G]
 */
export function redactApiKey(key: string): string {
  if (key.length <= 12) return key;
  const prefix = /^sk-(?:proj-|svcacct-|admin-)?/.exec(key)?.[0] ?? key.slice(0, 3);
  const hiddenLength = Math.max(key.length - prefix.length - 4, 1);
  return `${prefix}${'*'.repeat(hiddenLength)}${key.slice(-4)}`;
}

export function incorrectApiKeyMessage(key: string): string {
  return `Incorrect API key provided: ${redactApiKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`;
}

/** Returns the 401 to answer with, or null when the request carries a known secret key. */
export function rejectUnlessApiKey(request: Request, apiKeys: readonly string[]): Response | null {
  const key = bearerToken(request);
  if (key === null) return openAIErrorResponse(401, MISSING_API_KEY_MESSAGE);
  if (!apiKeys.includes(key)) return openAIErrorResponse(401, incorrectApiKeyMessage(key), { code: 'invalid_api_key' });
  return null;
}

/** Returns the 400 to answer with, or null when `OpenAI-Beta` includes `chatkit_beta=v1`. */
export function rejectUnlessChatKitBeta(request: Request): Response | null {
  const betas = (request.headers.get('openai-beta') ?? '').split(',').map((beta) => beta.trim());
  if (betas.includes('chatkit_beta=v1')) return null;
  // [G] modelled on the Assistants API's message for the same mistake.
  return openAIErrorResponse(
    400,
    "You must provide the 'OpenAI-Beta' header to access the ChatKit API. Please try again by setting the header 'OpenAI-Beta: chatkit_beta=v1'.",
    { code: 'invalid_beta' },
  );
}

export type ClientSecretCheck = { ok: true; session: ChatSession } | { ok: false; response: Response };

/** Authenticates a request made with a session's `ek_` client secret, as the ChatKit frame does. */
export function authenticateClientSecret(request: Request, sessions: SessionStore): ClientSecretCheck {
  const secret = bearerToken(request);
  const session = secret === null ? undefined : sessions.findByClientSecret(secret);
  if (!session) {
    return {
      ok: false,
      response: openAIErrorResponse(401, 'Invalid client_secret provided.', { code: 'invalid_client_secret' }),
    };
  }
  if (session.status !== 'active') {
    // [G] one answer for expired and cancelled secrets.
    return {
      ok: false,
      response: openAIErrorResponse(401, 'Client secret has expired.', { code: 'client_secret_expired' }),
    };
  }
  return { ok: true, session };
}
