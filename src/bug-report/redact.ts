/**
 * Removes the secrets a ChatKit bug report tends to carry before anyone sees or copies it: OpenAI API
 * keys, ChatKit client secrets, bearer tokens and cookie header values. Each is replaced by a marker
 * that names what was there, and the caller learns how many of each kind went.
 */

export type SecretKind = 'api-key' | 'client-secret' | 'bearer-token' | 'cookie';

export interface Redaction {
  kind: SecretKind;
  count: number;
}

export interface RedactedText {
  text: string;
  /** What was removed, one entry per kind found, in the order of `secretKinds`. */
  redactions: Redaction[];
}

/** The order redactions are listed in. */
export const secretKinds: readonly SecretKind[] = ['cookie', 'bearer-token', 'api-key', 'client-secret'];

export const redactionMarkers: Record<SecretKind, string> = {
  'api-key': '[redacted API key]',
  'client-secret': '[redacted client secret]',
  'bearer-token': '[redacted bearer token]',
  cookie: '[redacted cookie]',
};

/**
 * An OpenAI API key: `sk-` then the key (`sk-proj-…`, `sk-svcacct-…`, `sk-admin-…` or a legacy key),
 * also in the masked form OpenAI's 401 message quotes (`sk-proj-****…abcd`).
 */
export const apiKeyPattern = /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_*-]{8,}/g;

/** A ChatKit client secret as observed (`ek_…`) [I]; the prefix is not a documented contract. */
export const clientSecretPattern = /(?<![A-Za-z0-9_-])ek_[A-Za-z0-9_-]{6,}/g;

/**
 * In the order they run: a cookie or a bearer token may itself hold a key or a client secret. A pattern
 * with groups matches `keep` (left as it is) and then `secret` (replaced by the marker), nothing else;
 * one without groups is all secret. `(?!\[redacted)` makes redacting twice change nothing.
 */
const redactionSteps: readonly { kind: SecretKind; pattern: RegExp }[] = [
  // A cookie as a quoted header in JSON or JS: `"cookie": "…"`, `'Set-Cookie': '…'` (to the line's end if unclosed).
  {
    kind: 'cookie',
    pattern: /(?<keep>(?<q>["'])(?:set-)?cookie\k<q>\s*[:=]\s*(?<v>["']))(?!\[redacted)(?<secret>(?:\\.|(?!\k<v>)[^\\\n])+)/gi,
  },
  // A cookie as a raw header line: `Cookie: a=b; c=d`, `< set-cookie: sid=…; HttpOnly` (curl -v).
  { kind: 'cookie', pattern: /^(?<keep>[ \t<>]*(?:set-)?cookie[ \t]*:[ \t]*)(?!\[redacted)(?<secret>\S.*)$/gim },
  // The token after `Bearer`, at least 8 characters and not a plain lowercase word ("Bearer authentication.").
  {
    kind: 'bearer-token',
    pattern: /(?<keep>(?<![A-Za-z0-9_-])Bearer[ \t]+)(?!\[redacted)(?![a-z]+[.,;:!?]?(?![A-Za-z0-9._~+/=-]))(?<secret>[A-Za-z0-9._~+/=-]{8,})/gi,
  },
  { kind: 'api-key', pattern: apiKeyPattern },
  { kind: 'client-secret', pattern: clientSecretPattern },
];

/** `text` with every secret replaced by a marker, and what was replaced. Redacting twice changes nothing more. */
export function redactSecrets(text: string): RedactedText {
  const counts = new Map<SecretKind, number>();
  let current = text;
  for (const { kind, pattern } of redactionSteps) {
    current = current.replace(pattern, (...args: unknown[]) => {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const groups = args.at(-1);
      const keep = typeof groups === 'object' && groups !== null ? ((groups as { keep?: string }).keep ?? '') : '';
      return `${keep}${redactionMarkers[kind]}`;
    });
  }
  return { text: current, redactions: secretKinds.flatMap((kind) => (counts.has(kind) ? [{ kind, count: counts.get(kind)! }] : [])) };
}

const kindNames: Record<SecretKind, [one: string, many: string]> = {
  'api-key': ['API key (`sk-…`)', 'API keys (`sk-…`)'],
  'client-secret': ['client secret (`ek_…`)', 'client secrets (`ek_…`)'],
  'bearer-token': ['bearer token', 'bearer tokens'],
  cookie: ['cookie header value', 'cookie header values'],
};

/** The redactions in a sentence, such as "Redacted 1 API key (`sk-…`) and 2 cookie header values.", or null. */
export function describeRedactions(redactions: readonly Redaction[]): string | null {
  if (redactions.length === 0) return null;
  const parts = redactions.map(({ kind, count }) => `${count} ${kindNames[kind][count === 1 ? 0 : 1]}`);
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `Redacted ${list}.`;
}
