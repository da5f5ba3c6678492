import type { ConsoleLevel } from '../sandbox-messages';
import { capText } from '../sandbox-messages';
import { formatValue } from './format-value';
import { postToHost } from './post-to-host';

const levels: ConsoleLevel[] = ['log', 'info', 'warn', 'error'];

/** Mirrors the frame's console and uncaught errors to the page's devtools pane; the real console still prints. */
export function captureConsole(): void {
  for (const level of levels) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      original(...args);
      postToHost({ type: 'console', level, text: capText(args.map(formatValue).join(' ')) });
    };
  }
  window.addEventListener('error', (event) => {
    const error: unknown = event.error;
    postToHost({
      type: 'uncaught',
      message: error instanceof Error ? `${error.name}: ${error.message}` : event.message,
      stack: error instanceof Error ? (error.stack ?? '') : '',
    });
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    postToHost({
      type: 'uncaught',
      message: `Uncaught (in promise) ${formatValue(reason)}`,
      stack: reason instanceof Error ? (reason.stack ?? '') : '',
    });
  });
}
