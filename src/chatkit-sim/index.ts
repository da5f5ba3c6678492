/**
 * The `<openai-chatkit>` simulator: a local custom element with the public contract of OpenAI's
 * ChatKit web component, for sandboxes that run against a mocked network.
 */
import { SimulatedChatKit } from './simulated-chatkit';

export { SimulatedChatKit };
export { InvalidFrameParamsError } from './invalid-frame-params-error';
export { RESPONSE_ERROR_TEXT } from './chatkit-session';
export { playHostname } from './page-host';
export { playEmbedderPolicy, SENTINEL_FRAME_URL, SENTINEL_BLOCKED_TEXT, type EmbedderPolicy } from './embedder-policy';

/** Defines `<openai-chatkit>` as the simulator, unless a real (or any other) definition exists. */
export function defineChatKitSimulator(): void {
  if (customElements.get('openai-chatkit') === undefined) customElements.define('openai-chatkit', SimulatedChatKit);
}

/** Where the frame finds the simulator's surface, message area, messages and file picker. */
export const simulatorParts = { surface: '.ck', messageArea: '.ck-body', message: '.ck-msg', fileInput: 'input[type=file]' } as const;
