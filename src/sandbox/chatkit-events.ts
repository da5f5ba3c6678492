import { capText } from '../sandbox-messages';
import { formatValue } from './format-value';
import { postToHost } from './post-to-host';

const chatKitEventNames = [
  'chatkit.ready',
  'chatkit.error',
  'chatkit.effect',
  'chatkit.deeplink',
  'chatkit.response.start',
  'chatkit.response.end',
  'chatkit.history.open',
  'chatkit.history.close',
  'chatkit.thread.change',
  'chatkit.thread.load.start',
  'chatkit.thread.load.end',
  'chatkit.tool.change',
  'chatkit.log',
];

/**
 * Reports every ChatKit DOM event to the devtools pane. Capture-phase listeners on the document see
 * events dispatched on any <openai-chatkit> element, bubbling or not, without touching the element.
 */
export function reportChatKitEvents(): void {
  for (const name of chatKitEventNames) {
    document.addEventListener(
      name,
      (event) => {
        const detail: unknown = (event as CustomEvent).detail;
        postToHost({ type: 'chatkit-event', name, detail: detail == null ? '' : capText(formatValue(detail)) });
      },
      { capture: true },
    );
  }
}
