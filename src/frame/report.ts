/**
 * Everything a frame tells its page: console output and uncaught errors, ChatKit DOM events, and every
 * request with its outcome. Each reporter sends typed messages to a sink: the page's devtools pane in a
 * browser (`postToHost`), an array in the Node test driver.
 */
import type { SetupWorker } from 'msw/browser';
import { chatKitEventNames } from '../chatkit-protocol';
import { capText, tagFrameMessage, type ConsoleLevel, type FrameMessage, type NetworkEntry } from '../frame-protocol';

export type Sink = (message: FrameMessage) => void;

/** Taken before a sandbox can play an insecure context, which removes `crypto.randomUUID`. */
const newEntryId = crypto.randomUUID.bind(crypto);

export const postToHost: Sink = (message) => {
  if (window.parent === window) return;
  window.parent.postMessage(tagFrameMessage(message), location.origin);
};

/** How a console argument or an event detail reads in the devtools pane. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Error ? `${inner.name}: ${inner.message}` : inner));
  } catch {
    return String(value);
  }
}

/**
 * A console call's arguments as the browser's console prints them: a first string's `%s`, `%d`, `%i`,
 * `%f`, `%o` and `%O` take the next arguments in turn (`%c` takes one and shows nothing, `%%` is `%`);
 * the rest follow, separated by spaces.
 */
export function formatConsoleArguments(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(formatValue).join(' ');
  const remaining = [...rest];
  const text = first.replace(/%([sdifoOc%])/g, (directive, kind: string) => {
    if (kind === '%') return '%';
    if (remaining.length === 0) return directive;
    const value = remaining.shift();
    if (kind === 'c') return '';
    if (kind === 'd' || kind === 'i') return String(Math.trunc(Number(value)));
    if (kind === 'f') return String(Number(value));
    return formatValue(value);
  });
  return [text, ...remaining.map(formatValue)].join(' ');
}

const consoleLevels: ConsoleLevel[] = ['debug', 'log', 'info', 'warn', 'error'];

/** Mirrors the console and uncaught errors to the sink; the real console still prints. Returns an undo. */
export function reportConsole(sink: Sink): () => void {
  const originals = consoleLevels.map((level) => [level, console[level]] as const);
  for (const [level, original] of originals) {
    console[level] = (...args: unknown[]) => {
      original.apply(console, args);
      sink({ type: 'console', level, text: capText(formatConsoleArguments(args)) });
    };
  }
  const onError = (event: ErrorEvent) => {
    const error: unknown = event.error;
    sink({
      type: 'uncaught',
      message: error instanceof Error ? `${error.name}: ${error.message}` : event.message,
      stack: error instanceof Error ? (error.stack ?? '') : '',
    });
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    sink({ type: 'uncaught', message: `(in promise) ${formatValue(reason)}`, stack: reason instanceof Error ? (reason.stack ?? '') : '' });
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    for (const [level, original] of originals) console[level] = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}

/**
 * Reports every ChatKit DOM event. Capture-phase listeners on the document see events dispatched on any
 * <openai-chatkit> element, bubbling or not, without touching the element. Returns an undo.
 */
export function reportChatKitEvents(sink: Sink): () => void {
  const controller = new AbortController();
  for (const name of chatKitEventNames) {
    document.addEventListener(
      name,
      (event) => {
        const detail: unknown = (event as CustomEvent).detail;
        sink({ type: 'chatkit-event', name, detail: detail == null ? '' : capText(formatValue(detail)) });
      },
      { capture: true, signal: controller.signal },
    );
  }
  return () => controller.abort();
}

async function readBody(message: Request | Response): Promise<string> {
  try {
    return capText(await message.clone().text());
  } catch {
    return '';
  }
}

/**
 * Reports every request MSW sees (in the browser's worker or in msw/node: their `events` are alike),
 * those a mocked backend route makes in turn included, with its outcome.
 * A mocked `Response.error()` is what a CORS refusal or a dead server looks like to `fetch`: MSW counts
 * it as answered, the pane shows it as failed, like the browser's network tab.
 */
export function reportNetwork(sink: Sink, events: SetupWorker['events']): void {
  const pending = new Map<string, NetworkEntry & { startedAt: number }>();

  events.on('request:start', async ({ requestId, request }) => {
    const entry = {
      id: requestId,
      method: request.method,
      url: request.url,
      status: null,
      failed: false,
      startMs: Math.round(performance.now()),
      durationMs: null,
      requestBody: '',
      responseBody: '',
      startedAt: performance.now(),
    };
    pending.set(requestId, entry);
    entry.requestBody = await readBody(request);
  });

  const finish = async (requestId: string, response: Response | undefined) => {
    const entry = pending.get(requestId);
    if (!entry) return;
    pending.delete(requestId);
    const failed = !response || response.type === 'error';
    const { startedAt, ...reported } = entry;
    reported.failed = failed;
    reported.status = failed ? null : response.status;
    reported.durationMs = Math.round(performance.now() - startedAt);
    sink({ type: 'network', entry: { ...reported } });
    if (response && !failed) {
      reported.responseBody = await readBody(response);
      sink({ type: 'network', entry: reported });
    }
  };

  events.on('response:mocked', ({ requestId, response }) => void finish(requestId, response));
  events.on('response:bypass', ({ requestId, response }) => void finish(requestId, response));
  events.on('unhandledException', ({ requestId, error }) => {
    void finish(requestId, undefined);
    console.error('A mocked route threw:', error);
  });
}

/** Reports a CORS preflight the sandbox's gate sent, as the browser's network tab lists one. */
export function preflightReporter(sink: Sink): (request: Request, outcome: Response | 'failed') => void {
  return (request, outcome) => {
    const failed = outcome === 'failed';
    sink({
      type: 'network',
      entry: { id: newEntryId(), method: request.method, url: request.url, status: failed ? null : outcome.status, failed, startMs: Math.round(performance.now()), durationMs: 0, requestBody: '', responseBody: '' },
    });
  };
}
