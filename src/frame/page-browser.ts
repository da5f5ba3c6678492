import type { PageBrowser } from '../examples/scenario';
import type { Sink } from './report';

export const CHATKIT_SCRIPT_URL = 'https://cdn.platform.openai.com/deployments/chatkit/chatkit.js';

/** What Chromium's console prints when the script is blocked, by a CSP of `script-src 'self'` or by an extension. */
const blockedScriptMessages = {
  'blocked-by-csp': `Refused to load the script '${CHATKIT_SCRIPT_URL}' because it violates the following Content Security Policy directive: "script-src 'self'". Note that 'script-src-elem' was not explicitly set, so 'script-src' is used as a fallback.`,
  'blocked-by-client': `GET ${CHATKIT_SCRIPT_URL} net::ERR_BLOCKED_BY_CLIENT`,
} as const;

/** Replaces `name` on `target` with `value` until the returned undo runs. */
function shadow(target: object, name: string, value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(target, name);
  Object.defineProperty(target, name, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, name, own);
    else Reflect.deleteProperty(target, name);
  };
}

/**
 * Makes the frame play the reader's page and browser: its localStorage, an insecure context, a ChatKit
 * script that never loaded. Returns whether `<openai-chatkit>` gets defined, and an undo.
 */
export function playPageBrowser(browser: PageBrowser, sink: Sink): { defineChatKit: boolean; undo: () => void } {
  const undo: (() => void)[] = [];
  for (const [key, value] of Object.entries(browser.localStorage ?? {})) {
    localStorage.setItem(key, value);
    undo.push(() => localStorage.removeItem(key));
  }
  if (browser.secureContext === false) {
    undo.push(shadow(window, 'isSecureContext', false), shadow(crypto, 'randomUUID', undefined));
  }
  const script = browser.chatkitScript ?? 'loaded';
  if (script === 'blocked-by-csp' || script === 'blocked-by-client') {
    console.error(blockedScriptMessages[script]);
    const entry = { id: `blocked-${script}`, method: 'GET', url: CHATKIT_SCRIPT_URL, status: null, failed: true } as const;
    sink({ type: 'network', entry: { ...entry, startMs: Math.round(performance.now()), durationMs: 0, requestBody: '', responseBody: '' } });
  }
  return { defineChatKit: script === 'loaded', undo: () => undo.reverse().forEach((step) => step()) };
}
