/**
 * Hosted mode: what your session route (`/api/chatkit/session` or similar) answered the browser. The
 * widget needs one thing from it, the session's `client_secret` string; `expires_at`, when the route
 * passes it on, is Unix time in seconds [D].
 */
import { errorFactsOf, errorFinding } from './error-answer';
import { finding, type Finding } from './finding';

/** Where a client secret hides when it isn't `client_secret` at the top level. */
const misplacedSecretPaths = [['clientSecret'], ['secret'], ['token'], ['session', 'client_secret'], ['data', 'client_secret'], ['session', 'clientSecret']];

function at(answer: Record<string, unknown>, path: string[]): unknown {
  let value: unknown = answer;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const shown = (secret: string) => `\`${secret.slice(0, 6)}…\``;
const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

function clientSecretFindings(answer: Record<string, unknown>): Finding[] {
  const secret = answer['client_secret'];
  if (secret === undefined) {
    const path = misplacedSecretPaths.find((candidate) => typeof at(answer, candidate) === 'string');
    const where = path
      ? ` It has a string at \`${path.join('.')}\`: return it as \`client_secret\`, or read that name in \`getClientSecret\`.`
      : ` Its fields: ${Object.keys(answer).slice(0, 8).map((key) => `\`${key}\``).join(', ') || 'none'}.`;
    return [
      finding(
        'error',
        'No `client_secret` in the answer',
        `A client that checks throws “Missing client secret in response”; one that doesn’t hands ChatKit \`undefined\`, and the widget fails with “Invalid client_secret”.${where}`,
        '/invalid-client-secret/',
      ),
    ];
  }
  if (typeof secret !== 'string') {
    const realtime = typeof secret === 'object' && secret !== null && 'value' in secret;
    return [
      finding(
        'error',
        `\`client_secret\` is ${typeName(secret)}, not a string`,
        realtime
          ? 'A `client_secret` of the shape `{ value, expires_at }` comes from the Realtime API’s sessions, not ChatKit’s. Create the session with `client.beta.chatkit.sessions.create({ user, workflow: { id } })` (`POST /v1/chatkit/sessions`) and return its `client_secret`, a string.'
          : '`getClientSecret` must resolve to a string. Return `session.client_secret` from the ChatKit session your server created.',
        '/invalid-client-secret/',
      ),
    ];
  }
  if (secret.trim() === '') return [finding('error', '`client_secret` is empty', 'The route answered an empty string: the session wasn’t created, or a different field was copied.', '/invalid-client-secret/')];
  if (secret.startsWith('sk-')) {
    return [
      finding(
        'error',
        '`client_secret` is your API key, not a client secret',
        'The route hands the browser your `sk-…` API key. ChatKit needs the session’s own secret (observed to start with `ek_`): create a session on the server and return its `client_secret`.',
        '/invalid-client-secret/',
      ),
    ];
  }
  if (secret.startsWith('cksess_')) {
    return [finding('error', '`client_secret` is the session id', `\`${secret.slice(0, 12)}…\` is the session’s \`id\`. Return \`session.client_secret\` instead.`, '/invalid-client-secret/')];
  }
  if (!secret.startsWith('ek_')) {
    const jwt = secret.startsWith('eyJ') ? ' It looks like a JWT: perhaps your own sign-in token.' : '';
    const example = secret.startsWith('chatkit_token') ? ' `chatkit_token_…` is the placeholder of a stale API reference example, not a real secret.' : '';
    return [
      finding(
        'warning',
        '`client_secret` doesn’t look like a ChatKit client secret',
        `It starts ${shown(secret)}; the secrets OpenAI issues have been seen to start with \`ek_\` (not a documented contract, so this may be fine).${jwt}${example}`,
        '/invalid-client-secret/',
      ),
    ];
  }
  return [];
}

const minutes = (seconds: number) => Math.round(seconds / 60);

function expiryFindings(answer: Record<string, unknown>, nowMs: number): Finding[] {
  const findings: Finding[] = [];
  if ('expires_after' in answer) {
    findings.push(
      finding(
        'warning',
        '`expires_after` is not in OpenAI’s answer',
        `OpenAI’s session has \`expires_at\` (Unix seconds); \`expires_after\` is only a request field, so a route that copies it (as the official starter app does) always sends \`${JSON.stringify(answer['expires_after'])?.slice(0, 40) ?? 'undefined'}\`. Pass on \`expires_at\` if your page needs it.`,
        '/session-expires/',
      ),
    );
  }
  const expiresAt = answer['expires_at'];
  if (expiresAt === undefined) return findings;
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) {
    findings.push(finding('warning', '`expires_at` is not a number', `It is ${typeName(expiresAt)}; OpenAI sends a Unix timestamp in seconds, such as \`${Math.floor(nowMs / 1000) + 600}\`.`, '/session-expires/'));
    return findings;
  }
  const nowSeconds = nowMs / 1000;
  if (Math.abs(expiresAt) >= 1e12) {
    findings.push(
      finding(
        'error',
        '`expires_at` is in milliseconds',
        `\`${expiresAt}\` has ${String(Math.trunc(Math.abs(expiresAt))).length} digits; OpenAI’s \`expires_at\` is Unix time in seconds (ten digits, about \`${Math.floor(nowSeconds)}\` now). Something multiplied it by 1000, and code that compares it with \`Date.now() / 1000\` will think the session lasts for centuries.`,
        '/session-expires/',
      ),
    );
  } else if (expiresAt <= nowSeconds) {
    findings.push(
      finding(
        'error',
        '`expires_at` is in the past',
        `The session expired at ${new Date(expiresAt * 1000).toISOString()} (${minutes(nowSeconds - expiresAt)} minutes before this check). A route that caches its answer hands out dead secrets: create a new session each time \`getClientSecret\` is called. If you pasted an old answer, ignore this.`,
        '/session-expires/',
      ),
    );
  } else if (expiresAt - nowSeconds > 24 * 60 * 60) {
    findings.push(finding('warning', '`expires_at` is more than a day away', `Sessions last ten minutes unless \`expires_after\` says otherwise; \`${expiresAt}\` is ${minutes(expiresAt - nowSeconds)} minutes from now. Check the clock and the units.`, '/session-expires/'));
  }
  return findings;
}

/** The findings for a JSON session answer; an `ok` one when nothing is wrong. */
export function sessionAnswerFindings(value: unknown, nowMs: number): Finding[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const bare = typeof value === 'string' && value.startsWith('ek_');
    return [
      finding(
        'error',
        `The answer is ${typeName(value)}, not an object with \`client_secret\``,
        bare
          ? 'The route answers the secret as a bare JSON string. That works only if `getClientSecret` returns `await res.json()` as it is; the usual shape is `{ "client_secret": "ek_…" }`.'
          : 'A session route answers a JSON object with a `client_secret` string, for example `{ "client_secret": "ek_…", "expires_at": 1767225600 }`.',
        '/invalid-client-secret/',
      ),
    ];
  }
  const answer = value as Record<string, unknown>;
  const error = errorFactsOf(answer);
  if (error && !('client_secret' in answer)) return [errorFinding(error)];
  const findings = [...clientSecretFindings(answer), ...expiryFindings(answer, nowMs)];
  if (answer['object'] === 'chatkit.session') {
    findings.push(
      finding(
        'warning',
        'The route passes on OpenAI’s whole session object',
        'The browser needs only `client_secret` (and `expires_at` if your page uses it); the rest names your workflow and your user id. Return just those fields.',
        '/invalid-client-secret/',
      ),
    );
  }
  if (findings.some((each) => each.severity === 'error')) return findings;
  const expiresAt = answer['expires_at'];
  const expiry = typeof expiresAt === 'number' && expiresAt > nowMs / 1000 && expiresAt < 1e12 ? `, expiring in ${minutes(expiresAt - nowMs / 1000)} minutes` : '';
  return [
    ...findings,
    finding(
      'ok',
      'A session answer ChatKit can use',
      `\`client_secret\` is a string (${shown(String(answer['client_secret']))})${expiry}. Check that \`getClientSecret\` returns exactly that string, and that it runs again (creating a new session) when ChatKit passes it the old secret.`,
    ),
  ];
}
