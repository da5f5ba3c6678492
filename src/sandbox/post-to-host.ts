import { tagFrameMessage, type FrameMessage } from '../sandbox-messages';

export function postToHost(message: FrameMessage): void {
  if (window.parent === window) return;
  window.parent.postMessage(tagFrameMessage(message), location.origin);
}
