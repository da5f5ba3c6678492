import { apiKeyPattern } from '../bug-report/redact';
import { finding, type Finding } from './finding';

/** `sk-proj-…abcd`: enough to find the key in the dashboard, not enough to use it. */
export function maskedKey(key: string): string {
  const prefix = /^sk-(?:proj-|svcacct-|admin-)?/.exec(key)?.[0] ?? 'sk-';
  return `${prefix}…${key.slice(-4)}`;
}

/**
 * An OpenAI API key anywhere in what a route sent the browser. A key masked with asterisks is OpenAI
 * quoting it in an error message, not the key itself.
 */
export function exposedKeyFinding(text: string): Finding | null {
  const keys = [...new Set(text.match(apiKeyPattern) ?? [])].filter((key) => !key.includes('*'));
  if (keys.length === 0) return null;
  const named = keys.slice(0, 3).map((key) => `\`${maskedKey(key)}\``).join(', ');
  return finding(
    'error',
    'An OpenAI API key is in this answer: revoke it now',
    `This answer carries ${keys.length === 1 ? 'an API key' : `${keys.length} API keys`} (${named}). Whatever your route answers, every visitor of your page can read, so the key is exposed to all of them and must be revoked now at https://platform.openai.com/api-keys, before anything else. Then create a new key, keep it on the server only (an environment variable the client bundle can't see: not \`NEXT_PUBLIC_…\` or \`VITE_…\`), and let the route answer only the session's \`client_secret\` (\`ek_…\`).`,
    '/invalid-client-secret/',
  );
}
