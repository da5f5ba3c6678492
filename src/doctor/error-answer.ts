/**
 * Explains an error a route passed on: OpenAI's envelope (`{"error": {message, type, param, code}}`),
 * the official starter app's `{ error, details }`, or a route's own `{ error: "…" }`.
 */
import { finding, type DoctorPage, type Finding } from './finding';

interface ErrorFacts {
  message: string;
  type: string | null;
  code: string | null;
  param: string | null;
}

interface KnownError {
  matches(error: ErrorFacts): boolean;
  title: string;
  detail: string;
  page?: DoctorPage;
}

const has = (pattern: RegExp) => (error: ErrorFacts) => pattern.test(error.message);

/**
 * What each error means, most specific first. The messages are the ones users reported [I] or the
 * starter app's own [D]; the wording of an expired session's error is unknown, so any "expired" counts [G].
 */
const knownErrors: KnownError[] = [
  {
    matches: has(/Workflow with id '[^']*' not found/i),
    title: 'OpenAI can’t find the workflow for this API key',
    detail:
      'The workflow exists, but not in the organization and project of the API key your server uses. A common cause is a shell `OPENAI_API_KEY` that overrides the one in `.env.local`: run `unset OPENAI_API_KEY` and restart, or create the key in the workflow’s project.',
    page: '/invalid-client-secret/',
  },
  {
    matches: (error) => error.code === 'invalid_api_key' || /Incorrect API key provided/i.test(error.message),
    title: 'OpenAI refused the API key (401 `invalid_api_key`)',
    detail:
      'The key your server sends is wrong, revoked or from another organization. Check the environment variable the server really reads (print its last four characters, never the key) and restart the server after changing it.',
    page: '/unauthorized-401/',
  },
  {
    matches: has(/Chatkit Session with id '[^']*' not found/i),
    title: 'OpenAI doesn’t know this ChatKit session',
    detail:
      'The request names a session (`cksess_…`) OpenAI can’t find for this key: a session from another project or organization, or one that was cancelled. Create a new session with the same key your server uses for everything else.',
    page: '/invalid-client-secret/',
  },
  {
    matches: has(/Invalid client_secret/i),
    title: 'ChatKit refused the client secret',
    detail:
      '`getClientSecret` resolved to something that isn’t a current session’s `client_secret`: the whole JSON object, `undefined` from a failed route, an old secret, or your API key. It must resolve to the `client_secret` string of a session created just now.',
    page: '/invalid-client-secret/',
  },
  {
    matches: (error) => /expired/i.test(error.message) || /expired/i.test(error.code ?? ''),
    title: 'The session has expired',
    detail:
      'Client secrets last ten minutes unless you set `expires_after`. When ChatKit calls `getClientSecret(current)` again, create a new session; never answer with a cached or the same secret.',
    page: '/session-expires/',
  },
  {
    matches: (error) => error.code === 'chatkit.file_upload_disabled' || /File uploads are disabled/i.test(error.message),
    title: 'Uploads are off for this session',
    detail:
      'Hosted mode needs both switches: `composer.attachments.enabled: true` in the client and `chatkit_configuration: { file_upload: { enabled: true } }` when your server creates the session.',
    page: '/file-upload-fails/',
  },
  {
    matches: (error) => error.code === 'chatkit.file_upload_type_rejected' || /file type is not allowed/i.test(error.message),
    title: 'OpenAI refused the file type',
    detail: 'Hosted sessions have been reported to take PDFs and images (PNG, JPEG, GIF, WEBP) only; CSV or JSON files are refused.',
    page: '/file-upload-fails/',
  },
  {
    matches: (error) =>
      ['unknown_parameter', 'missing_required_parameter', 'invalid_type'].includes(error.code ?? '') ||
      /Unknown parameter|Missing required parameter/i.test(error.message),
    title: 'OpenAI refused the session request’s shape',
    detail:
      'The Sessions API takes `user` (a string that identifies your end user, required) and `workflow: { id }`; not `user_id`, `scope`, a top-level `workflow_id` or `expires_after` as a bare number. Use `client.beta.chatkit.sessions.create({ user, workflow: { id } })`.',
    page: '/invalid-client-secret/',
  },
  {
    matches: (error) => error.code === 'insufficient_quota',
    title: 'The organization is out of quota',
    detail: 'The key works but its organization has no credit or has reached its spending limit: check billing at platform.openai.com, or ask OpenAI support at help.openai.com.',
  },
  {
    matches: (error) => error.code === 'rate_limit_exceeded' || /rate limit/i.test(error.message),
    title: 'A rate limit was hit (429)',
    detail:
      'Too many requests in a short time. A session allows 10 requests a minute unless `rate_limits` says otherwise; a route that creates a new session on every render or every message hits limits fast.',
    page: '/high-latency/',
  },
  {
    matches: has(/Missing OPENAI_API_KEY/i),
    title: 'Your session route has no API key',
    detail: 'The route runs without `OPENAI_API_KEY` in its environment. Set it where the server runs (not in client code) and restart the server.',
    page: '/invalid-client-secret/',
  },
  {
    matches: has(/Missing workflow id/i),
    title: 'Your session route has no workflow id',
    detail: 'The route found no Agent Builder workflow id (`CHATKIT_WORKFLOW_ID` in the starter app). Set it where the server runs and restart.',
    page: '/invalid-client-secret/',
  },
  {
    matches: has(/^(Unauthorized|Not authenticated|Sign in\b)/i),
    title: 'Your own route refused the request: no signed-in user',
    detail:
      'Your route answered before it asked OpenAI, because the request carried no sign-in. Check that the cookie or the `Authorization` header reaches it (`credentials`, `api.fetch`), and that signed-out users see a sign-in prompt instead of the chat.',
    page: '/unauthorized-401/',
  },
];

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The error facts of a JSON answer, or null when it carries no `error`. */
export function errorFactsOf(answer: Record<string, unknown>): ErrorFacts | null {
  const details = answer['details'];
  const upstream = typeof details === 'object' && details !== null ? (details as Record<string, unknown>)['error'] : undefined;
  const error = typeof upstream === 'object' && upstream !== null ? upstream : answer['error'];
  if (typeof error === 'string') return { message: error, type: null, code: null, param: null };
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return null;
  const fields = error as Record<string, unknown>;
  return {
    message: text(fields['message']) ?? '',
    type: text(fields['type']),
    code: text(fields['code']),
    param: text(fields['param']),
  };
}

const quoted = (message: string) => (message.length > 300 ? `${message.slice(0, 300)}…` : message);

/** What the error means and where to read more. */
export function errorFinding(error: ErrorFacts): Finding {
  const said = error.message === '' ? 'no message' : `“${quoted(error.message)}”`;
  const labels = [error.type && `type \`${error.type}\``, error.code && `code \`${error.code}\``, error.param && `param \`${error.param}\``].filter(Boolean);
  const facts = `The answer is an error: ${said}${labels.length > 0 ? ` (${labels.join(', ')})` : ''}.`;
  const known = knownErrors.find((candidate) => candidate.matches(error));
  if (known) return finding('error', known.title, `${facts} ${known.detail}`, known.page);
  return finding(
    'error',
    'The answer is an error',
    `${facts} Read the message first: it usually names the cause${error.param ? `, and \`param\` names the field it refused` : ''}. Your server’s log has the same error with its \`x-request-id\`, which OpenAI support asks for.`,
  );
}
