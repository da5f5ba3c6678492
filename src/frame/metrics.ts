/**
 * Measures what the `measure` claims and the devtools pane's Measurements tab show: the widget's box
 * and background, whether its latest message is on screen, setOptions calls, ChatKit listeners on the
 * widget, live setInterval timers, sessions minted and how a reply grew on screen. It wraps the few platform functions it counts, and reports whenever a figure
 * changes.
 */
import { simulatorParts } from '../chatkit-sim';
import type { FrameMetrics } from '../frame-protocol';
import type { Sink } from './report';

const tagName = 'openai-chatkit';
const reportEveryMs = 100;
/** About one screen refresh. */
const sampleEveryMs = 16;

interface Listener {
  target: EventTarget;
  type: string;
  callback: EventListenerOrEventListenerObject;
  capture: boolean;
}

const captureOf = (options: boolean | EventListenerOptions | undefined) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
const isChatKitElement = (target: EventTarget): target is Element => target instanceof Element && target.localName === tagName;

/**
 * Starts measuring. `sessionsMinted` reads the mock API's count. Call it after `<openai-chatkit>` is
 * defined, so its setOptions can be counted. Returns a stop function that restores what it wrapped.
 */
export function startMetrics(sink: Sink, sessionsMinted: () => number): () => void {
  const { setInterval, clearInterval } = globalThis;
  const undo: (() => void)[] = [];
  const wrap = <T extends object, K extends keyof T>(owner: T, key: K, replacement: (original: T[K]) => T[K]) => {
    const original = owner[key];
    owner[key] = replacement(original);
    undo.push(() => (owner[key] = original));
  };

  const intervals = new Set<unknown>();
  wrap(globalThis, 'setInterval', (original) =>
    ((...args: Parameters<typeof setInterval>) => {
      const handle = original(...args);
      intervals.add(handle);
      return handle;
    }) as typeof setInterval,
  );
  wrap(globalThis, 'clearInterval', (original) => (handle?: Parameters<typeof clearInterval>[0]) => {
    intervals.delete(handle);
    original(handle);
  });

  const listeners: Listener[] = [];
  const find = (candidate: Listener) =>
    listeners.findIndex((l) => l.target === candidate.target && l.type === candidate.type && l.callback === candidate.callback && l.capture === candidate.capture);
  const remove = (candidate: Listener) => {
    const index = find(candidate);
    if (index >= 0) listeners.splice(index, 1);
  };
  wrap(EventTarget.prototype, 'addEventListener', (original) =>
    function (this: EventTarget, type, callback, options) {
      original.call(this, type, callback, options);
      if (!callback || !isChatKitElement(this) || !type.startsWith('chatkit.')) return;
      const listener = { target: this, type, callback, capture: captureOf(options) };
      const signal = typeof options === 'object' ? options.signal : undefined;
      if (find(listener) >= 0 || signal?.aborted) return;
      listeners.push(listener);
      signal?.addEventListener('abort', () => remove(listener), { once: true });
    },
  );
  wrap(EventTarget.prototype, 'removeEventListener', (original) =>
    function (this: EventTarget, type, callback, options) {
      original.call(this, type, callback, options);
      if (callback) remove({ target: this, type, callback, capture: captureOf(options) });
    },
  );

  let setOptionsCalls = 0;
  const element = customElements.get(tagName);
  if (element && 'setOptions' in element.prototype) {
    wrap(element.prototype as { setOptions: (...args: unknown[]) => unknown }, 'setOptions', (original) =>
      function (this: unknown, ...args: unknown[]) {
        setOptionsCalls += 1;
        return original.apply(this, args);
      },
    );
  }

  const replyGrowth = watchReplyGrowth();
  undo.push(replyGrowth.stop);

  const measure = (): FrameMetrics => {
    const widget = document.querySelector(tagName);
    const box = widget?.getBoundingClientRect();
    return {
      chatkitWidth: Math.round(box?.width ?? 0),
      chatkitHeight: Math.round(box?.height ?? 0),
      setOptionsCalls,
      chatkitListeners: listeners.filter((listener) => (listener.target as Element).isConnected).length,
      liveIntervals: intervals.size,
      sessionsMinted: sessionsMinted(),
      replyTextSteps: replyGrowth.steps(),
      widgetLightness: widget ? lightnessOf(widget) : 0,
      lastMessageInView: widget && lastMessageInView(widget) ? 1 : 0,
    };
  };
  let last = '';
  const report = () => {
    const metrics = measure();
    const key = JSON.stringify(metrics);
    if (key === last) return;
    last = key;
    sink({ type: 'metrics', metrics });
  };
  const timer = setInterval(report, reportEveryMs);
  report();
  return () => {
    clearInterval(timer);
    report();
    for (const restore of undo.reverse()) restore();
  };
}

/**
 * Samples the widget's text while a response streams, as often as a screen would show it, and counts
 * the samples that found it longer. Events do not bubble, so it listens on the document in capture.
 */
function watchReplyGrowth(): { steps(): number; stop(): void } {
  const { setTimeout, clearTimeout } = globalThis;
  let steps = 0;
  let widget: Element | null = null;
  let lastLength = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const textLength = () => widget?.shadowRoot?.textContent?.length ?? 0;
  const sample = () => {
    const length = textLength();
    if (length > lastLength) steps += 1;
    lastLength = length;
  };
  const sampleUntilEnd = () => {
    sample();
    timer = setTimeout(sampleUntilEnd, sampleEveryMs);
  };
  const onStart = (event: Event) => {
    if (!isChatKitElement(event.target as EventTarget)) return;
    clearTimeout(timer);
    widget = event.target as Element;
    steps = 0;
    lastLength = textLength();
    timer = setTimeout(sampleUntilEnd, sampleEveryMs);
  };
  const onEnd = (event: Event) => {
    if (event.target !== widget) return;
    clearTimeout(timer);
    sample();
  };
  document.addEventListener('chatkit.response.start', onStart, true);
  document.addEventListener('chatkit.response.end', onEnd, true);
  return {
    steps: () => steps,
    stop() {
      clearTimeout(timer);
      document.removeEventListener('chatkit.response.start', onStart, true);
      document.removeEventListener('chatkit.response.end', onEnd, true);
    },
  };
}

/** The HSL lightness (0–100) of the widget surface's computed background colour. */
function lightnessOf(widget: Element): number {
  const surface = widget.shadowRoot?.querySelector(simulatorParts.surface);
  if (!surface) return 0;
  const [red = 0, green = 0, blue = 0] = (getComputedStyle(surface).backgroundColor.match(/[\d.]+/g) ?? []).map(Number);
  return Math.round(((Math.max(red, green, blue) + Math.min(red, green, blue)) / 2 / 255) * 100);
}

/** Whether the latest message has a visible area inside the widget's message area and the frame's viewport. */
function lastMessageInView(widget: Element): boolean {
  const messages = widget.shadowRoot?.querySelectorAll(simulatorParts.message);
  const last = messages?.[messages.length - 1];
  const area = widget.shadowRoot?.querySelector(simulatorParts.messageArea);
  if (!last || !area) return false;
  const message = last.getBoundingClientRect();
  const clip = area.getBoundingClientRect();
  const top = Math.max(message.top, clip.top, 0);
  const bottom = Math.min(message.bottom, clip.bottom, innerHeight);
  const left = Math.max(message.left, clip.left, 0);
  const right = Math.min(message.right, clip.right, innerWidth);
  return bottom - top >= 1 && right - left >= 1;
}
