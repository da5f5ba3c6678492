import { playEmbedderPolicy } from '../chatkit-sim';
import type { PageBrowser } from '../examples/scenario';
import type { Sink } from './report';

export const CHATKIT_SCRIPT_URL = 'https://cdn.platform.openai.com/deployments/chatkit/chatkit.js';

/**
 * What Chromium's console prints when the script is blocked, by a CSP of `script-src 'self'` (as
 * Chromium 156 printed it for that page here) or by an extension.
 */
const blockedScriptMessages = {
  'blocked-by-csp': `Loading the script '${CHATKIT_SCRIPT_URL}' violates the following Content Security Policy directive: "script-src 'self'". Note that 'script-src-elem' was not explicitly set, so 'script-src' is used as a fallback. The action has been blocked.`,
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

/** Lists a load the browser blocked in the network log, as a request that failed. */
function reportBlockedLoad(sink: Sink, id: string, url: string): void {
  const entry = { id, method: 'GET', url, status: null, failed: true } as const;
  sink({ type: 'network', entry: { ...entry, startMs: Math.round(performance.now()), durationMs: 0, requestBody: '', responseBody: '' } });
}

/**
 * Makes the frame play the reader's page and browser: its localStorage, an insecure context, the COEP
 * header it is served with, a ChatKit script that never loaded. Returns whether `<openai-chatkit>` gets
 * defined, and an undo.
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
  if (browser.embedderPolicy) {
    let blockedFrames = 0;
    const listBlockedFrame = (url: string) => reportBlockedLoad(sink, `blocked-by-coep-${(blockedFrames += 1)}`, url);
    undo.push(playEmbedderPolicy(browser.embedderPolicy, listBlockedFrame));
    console.info(`[sandbox] The page is served with Cross-Origin-Embedder-Policy: ${browser.embedderPolicy}.`);
  }
  const script = browser.chatkitScript ?? 'loaded';
  if (script === 'blocked-by-csp' || script === 'blocked-by-client') {
    console.error(blockedScriptMessages[script]);
    reportBlockedLoad(sink, `blocked-${script}`, CHATKIT_SCRIPT_URL);
  }
  return { defineChatKit: script === 'loaded', undo: () => undo.reverse().forEach((step) => step()) };
}
