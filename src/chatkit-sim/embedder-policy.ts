/**
 * The `Cross-Origin-Embedder-Policy` (COEP) header of the reader's page, as a sandbox plays it, and what
 * it does to ChatKit's sentinel frame.
 *
 * [I] ChatKit's frame (from cdn.platform.openai.com) loads the sentinel frame; on a page served with
 * `require-corp` the browser blocks it ("CORP not set, blocked by parent COEP policy") and the widget
 * "fails to load properly" (chatkit-js#74, starter-app#56).
 * [D] `credentialless` does not help a frame: it lifts the CORP requirement for no-cors subresources
 * only; for navigations it behaves like `require-corp` (MDN's COEP reference; the Fetch standard's
 * "cross-origin resource policy internal check" treats a frame without CORP as `same-origin` under both).
 * That this holds for ChatKit's nested sentinel frame is our reading of those, not a report: [G].
 */
export type EmbedderPolicy = 'require-corp' | 'credentialless';

export const SENTINEL_FRAME_URL = 'https://sentinel.openai.com/backend-api/sentinel/frame.html';

/** The error users quote for the blocked sentinel frame ([I] chatkit-js#74). */
export const SENTINEL_BLOCKED_TEXT = 'CORP not set, blocked by parent COEP policy';

/** Told of each frame the page's COEP blocks, so the sandbox's network log can list it as failed. */
export type BlockedFrameListener = (url: string) => void;

let played: { policy: EmbedderPolicy; onBlockedFrame: BlockedFrameListener } | null = null;

/** The COEP header the page is served with, or null for none (the browser's `unsafe-none`). */
export function pageEmbedderPolicy(): EmbedderPolicy | null {
  return played?.policy ?? null;
}

/** Makes the page play being served with `Cross-Origin-Embedder-Policy: policy` until the returned undo runs. */
export function playEmbedderPolicy(policy: EmbedderPolicy, onBlockedFrame: BlockedFrameListener = () => {}): () => void {
  const previous = played;
  played = { policy, onBlockedFrame };
  return () => {
    played = previous;
  };
}

/**
 * Loads the sentinel frame: true once it loaded, false when the page's COEP blocked it, as either value
 * does (see above). A blocked load goes to the listener, and the console gets the text users report;
 * the console line's layout is [G]. Nothing is requested: the frame itself is not simulated.
 */
export function loadSentinelFrame(): boolean {
  if (played === null) return true;
  played.onBlockedFrame(SENTINEL_FRAME_URL);
  console.error(`Blocked ${SENTINEL_FRAME_URL}: ${SENTINEL_BLOCKED_TEXT}`);
  return false;
}
