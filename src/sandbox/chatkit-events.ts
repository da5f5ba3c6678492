import { chatKitEventNames } from '../chatkit-protocol';
import { capText } from '../sandbox-messages';
import { formatValue } from './format-value';
import { postToHost } from './post-to-host';

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
