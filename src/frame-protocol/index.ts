/**
 * The typed messages a sandbox frame and the page that embeds it exchange with postMessage.
 * Both sides check the origin and the sender; anything that is not one of these is ignored.
 */

export type ConsoleLevel = 'debug' | 'log' | 'info' | 'warn' | 'error';

export interface NetworkEntry {
  id: string;
  method: string;
  url: string;
  /** HTTP status, or null while pending or when the request failed at the network level. */
  status: number | null;
  failed: boolean;
  /** When the request started, in ms since the frame document began loading: the waterfall's left edge. */
  startMs: number;
  durationMs: number | null;
  requestBody: string;
  responseBody: string;
}

/** Numbers the frame measures as the variant runs; they back the `measure` claims. */
export interface FrameMetrics {
  /** The first <openai-chatkit> element's border box in CSS pixels; 0 when there is none. */
  chatkitWidth: number;
  chatkitHeight: number;
  /** Calls to setOptions on any <openai-chatkit> element. */
  setOptionsCalls: number;
  /** `chatkit.*` listeners on <openai-chatkit> elements that are in the document. */
  chatkitListeners: number;
  /** setInterval timers created and not cleared (the simulator and the mocks create none). */
  liveIntervals: number;
  /** Sessions the mock OpenAI API has created. */
  sessionsMinted: number;
  /**
   * During the latest response (chatkit.response.start to .end): how many of the frame's samples, taken
   * about 60 times a second as a screen would update, found more text in the widget than the one before.
   * A reply that streams grows in many steps; one that arrives buffered appears in one.
   */
  replyTextSteps: number;
  /** The lightness (HSL, 0–100) of the widget's own background, as rendered; 0 when there is no widget. */
  widgetLightness: number;
  /** 1 when the widget's latest message is on screen: inside the widget's message area and the frame's viewport. */
  lastMessageInView: number;
}

export type FrameMessage =
  | { type: 'console'; level: ConsoleLevel; text: string }
  | { type: 'uncaught'; message: string; stack: string }
  | { type: 'network'; entry: NetworkEntry }
  | { type: 'chatkit-event'; name: string; detail: string }
  | { type: 'metrics'; metrics: FrameMetrics }
  | { type: 'status'; state: 'starting' | 'running' | 'failed'; message: string };

/** A file the sandbox makes up for the reader to attach: its name, MIME type and size in bytes. */
export interface GeneratedFile {
  name: string;
  type: string;
  size: number;
  /** What its first bytes really are, when they differ from what its name and type claim (a PNG named .pdf). */
  contents?: 'png' | 'pdf' | 'text';
}

/** What the page's controls ask of a running frame. */
export type HostMessage =
  | { type: 'skip-minutes'; minutes: number }
  | { type: 'attach'; file: GeneratedFile }
  | { type: 'remount'; times: number }
  | { type: 'page-theme'; theme: 'light' | 'dark' };

/** A control the page offers beside a sandbox: its button's label and what it asks of the frame. */
export interface PageControl {
  label: string;
  message: HostMessage;
}

/** How a console or uncaught-error message reads in the devtools pane, and to the console claims. */
export function consoleLine(message: Extract<FrameMessage, { type: 'console' | 'uncaught' }>): { level: ConsoleLevel; text: string } {
  if (message.type === 'console') return { level: message.level, text: message.text };
  return { level: 'error', text: `Uncaught ${message.message}${message.stack ? `\n${message.stack}` : ''}` };
}

const frameTag = 'chatkit-sandbox:frame';
const hostTag = 'chatkit-sandbox:host';

type Tagged<M, T extends string> = M & { source: T };

export const tagFrameMessage = (message: FrameMessage): Tagged<FrameMessage, typeof frameTag> => ({ ...message, source: frameTag });
export const tagHostMessage = (message: HostMessage): Tagged<HostMessage, typeof hostTag> => ({ ...message, source: hostTag });

const hasTag = (data: unknown, tag: string) =>
  typeof data === 'object' && data !== null && (data as { source?: unknown }).source === tag && typeof (data as { type?: unknown }).type === 'string';

export function readFrameMessage(event: MessageEvent, from: Window | null): FrameMessage | undefined {
  if (event.origin !== location.origin || event.source !== from || !hasTag(event.data, frameTag)) return undefined;
  return event.data as FrameMessage;
}

export function readHostMessage(event: MessageEvent): HostMessage | undefined {
  if (event.origin !== location.origin || event.source !== window.parent || !hasTag(event.data, hostTag)) return undefined;
  return event.data as HostMessage;
}

/** Bodies and texts are cut to this many characters before they cross to the page. */
export const maxTextLength = 2000;

export const capText = (text: string) => (text.length > maxTextLength ? `${text.slice(0, maxTextLength)}… (${text.length - maxTextLength} more characters)` : text);
