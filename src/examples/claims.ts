/**
 * The claim vocabulary: what a scenario may say a reader does in a sandbox and what must then be seen.
 * Each kind is one entry of a registry that says how it reads on the page and how it is checked against
 * what a frame reports. Both test drivers (Playwright on the built site, Vitest with msw/node and
 * jsdom) check claims through these same entries; they differ only in how they observe a frame.
 */
import type { ChatKitEventName } from '../chatkit-protocol';
import type { ConsoleLevel, FrameMetrics, GeneratedFile, NetworkEntry, PageControl } from '../frame-protocol';

/** How many matching observations a claim allows. With none of these, a claim means "at least one". */
export interface Count {
  exactly?: number;
  atLeast?: number;
  atMost?: number;
}

/** At least one bound: a measurement claim must say what it expects. */
export type Bounds = { exactly: number } | { atLeast: number; atMost?: number } | { atMost: number; atLeast?: number };

/** Every claim kind, by name: the object a scenario writes. The key named like the kind identifies it. */
export interface ClaimShapes {
  /** Text visible in the sandbox frame, inside the simulated widget too. */
  see: { see: string };
  /** Text not visible in the frame. */
  notSee: { notSee: string };
  /** A console message of that level (uncaught errors count as errors) containing `text`. */
  console: { console: ConsoleLevel; text: string };
  /** No console message, at any level, contains `text` (a secret that must never be logged). */
  noConsole: { noConsole: string };
  /** Requests the frame made to "METHOD url" (a path on the site or an absolute URL) that ended so; without `status`, however they ended. */
  request: { request: string; status?: number | 'failed' } & Count;
  /** A ChatKit DOM event fired on the widget. */
  event: { event: ChatKitEventName } & Count;
  /** A ChatKit DOM event that never fired. */
  noEvent: { noEvent: ChatKitEventName };
  /** A number the frame measures, within the bounds given. */
  measure: { measure: keyof FrameMetrics } & Bounds;
}

export type ClaimKind = keyof ClaimShapes;
export type Claim = ClaimShapes[ClaimKind];
/** What can only be known once everything else has happened: an absence. */
type NegativeKind = 'notSee' | 'noEvent' | 'noConsole';
/** A claim a step may make: it holds as soon as it is observed. */
export type StepClaim = ClaimShapes[Exclude<ClaimKind, NegativeKind>];
/** A claim checked once the frame has gone quiet: any kind, absences included. */
export type SettledClaim = Claim;

/** Every action kind, by name. */
export interface ActionShapes {
  /** Type a message into the widget's composer and send it. */
  send: { send: string };
  /** Move the mock API's clock ahead, with the sandbox's "Skip N minutes" control. */
  skipMinutes: { skipMinutes: number };
  /** Unmount and mount the variant's component N times in a row, with the sandbox's "Remount N×" control. */
  remount: { remount: number };
  /** Pick a generated file in the widget's file picker, with the sandbox's "Attach …" control. */
  attach: { attach: GeneratedFile };
  /** Switch the reader's page between light and dark (`data-theme` on its root element), with the sandbox's theme control. */
  pageTheme: { pageTheme: 'light' | 'dark' };
  /** Press the button with this name in the frame, for example a widget's. */
  click: { click: string };
}
export type ActionKind = keyof ActionShapes;
export type Action = ActionShapes[ActionKind];

export interface ConsoleEntry {
  level: ConsoleLevel;
  text: string;
}

export interface EventEntry {
  name: string;
  detail: string;
}

/** What a driver has seen of a running frame so far. */
export interface FrameObservation {
  /** Resolved against this origin when a claim names a path. */
  origin: string;
  console: readonly ConsoleEntry[];
  /** Finished requests only, one entry per request. */
  network: readonly Pick<NetworkEntry, 'method' | 'url' | 'status' | 'failed'>[];
  events: readonly EventEntry[];
  /** The latest measurements the frame reported, or null before the first. */
  metrics: FrameMetrics | null;
  /** Whether the text is visible in the frame (the widget's shadow DOM included). */
  isVisible(text: string): Promise<boolean>;
}

/** What a driver can do to a running frame. */
export interface FrameControls {
  send(text: string): Promise<void>;
  click(buttonName: string): Promise<void>;
  /** Uses one of the controls the page offers beside the frame. */
  usePageControl(control: PageControl): Promise<void>;
}

export interface ClaimDefinition<C> {
  /** The claim in words, as the page lists what CI checks. */
  describe(claim: C): string;
  /** Why only a real browser can check this claim, if it cannot be checked in jsdom. */
  browserOnly?(claim: C): string | undefined;
  /** Resolves to null when the claim holds for what has been observed, or to what was seen instead. */
  check(claim: C, frame: FrameObservation): Promise<string | null> | string | null;
}

/** An action is done either inside the frame (`perform`) or with a control the page offers beside it. */
export type ActionDefinition<A> = { describe(action: A): string } & (
  | { perform(action: A, controls: FrameControls): Promise<void>; control?: never }
  | { control(action: A): PageControl; perform?: never }
);

/** The measurements a frame reports, in words. */
export const metricLabels: Record<keyof FrameMetrics, string> = {
  chatkitWidth: 'The <openai-chatkit> element’s rendered width (px)',
  chatkitHeight: 'The <openai-chatkit> element’s rendered height (px)',
  setOptionsCalls: 'Calls to setOptions on <openai-chatkit>',
  chatkitListeners: 'chatkit.* event listeners on <openai-chatkit>',
  liveIntervals: 'setInterval timers still running',
  sessionsMinted: 'ChatKit sessions minted by the mock OpenAI API',
  replyTextSteps: 'Screen updates in which the latest reply’s text grew while it streamed',
  widgetLightness: 'Lightness of the widget’s background (0 black, 100 white)',
  lastMessageInView: 'The latest message is on screen (1 yes, 0 no)',
};

const layoutMetrics = new Set<keyof FrameMetrics>(['chatkitWidth', 'chatkitHeight', 'widgetLightness', 'lastMessageInView']);

function describeCount({ exactly, atLeast, atMost }: Count, unit: string): string {
  if (exactly !== undefined) return `exactly ${exactly} ${unit}`;
  if (atLeast !== undefined && atMost !== undefined) return `between ${atLeast} and ${atMost} ${unit}`;
  if (atMost !== undefined) return `at most ${atMost} ${unit}`;
  if (atLeast !== undefined) return `at least ${atLeast} ${unit}`;
  return '';
}

/** Null when `value` is within the bounds (with none given: at least `defaultAtLeast`), else why not. */
function checkCount(value: number, { exactly, atLeast, atMost }: Count, defaultAtLeast?: number): string | null {
  const min = exactly ?? atLeast ?? (atMost === undefined ? defaultAtLeast : undefined);
  const max = exactly ?? atMost;
  if (exactly !== undefined && value !== exactly) return `${value}, not exactly ${exactly}`;
  if (min !== undefined && value < min) return `${value}, fewer than ${min}`;
  if (max !== undefined && value > max) return `${value}, more than ${max}`;
  return null;
}

const quote = (text: string) => `“${text}”`;

function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

const describeFile = (file: GeneratedFile) =>
  `${file.name} (${describeSize(file.size)}, ${file.type}${file.contents ? `, really ${file.contents.toUpperCase()} data` : ''})`;
const outcomeOf = (status: number | 'failed' | undefined) =>
  status === undefined ? 'is made' : status === 'failed' ? 'fails at the network level' : `answers ${status}`;

function matchesRequest(claim: ClaimShapes['request'], origin: string) {
  const [method, target] = claim.request.split(' ') as [string, string];
  const url = new URL(target, origin).href;
  return (entry: FrameObservation['network'][number]) =>
    entry.method === method &&
    entry.url === url &&
    (claim.status === undefined || (claim.status === 'failed' ? entry.failed : !entry.failed && entry.status === claim.status));
}

/** The claim registry: one entry per kind. The type makes the compiler refuse a kind without one. */
export const claimKinds: { [K in ClaimKind]: ClaimDefinition<ClaimShapes[K]> } = {
  see: {
    describe: ({ see }) => `The sandbox shows ${quote(see)}.`,
    check: async ({ see }, frame) => ((await frame.isVisible(see)) ? null : `${quote(see)} is not visible`),
  },
  notSee: {
    describe: ({ notSee }) => `The sandbox does not show ${quote(notSee)}.`,
    check: async ({ notSee }, frame) => ((await frame.isVisible(notSee)) ? `${quote(notSee)} is visible` : null),
  },
  console: {
    describe: ({ console: level, text }) =>
      `The console shows ${level === 'error' ? 'an error' : level === 'warn' ? 'a warning' : `a console.${level} message`} containing ${quote(text)}.`,
    check: ({ console: level, text }, frame) => {
      const levelled = frame.console.filter((entry) => entry.level === level);
      if (levelled.some((entry) => entry.text.includes(text))) return null;
      return `no ${level} contains it; ${level}s: ${levelled.map((entry) => quote(entry.text.slice(0, 200))).join(', ') || 'none'}`;
    },
  },
  request: {
    describe: (claim) => {
      const count = describeCount(claim, 'time' + (claim.exactly === 1 ? '' : 's'));
      return `${claim.request} ${outcomeOf(claim.status)}${count ? `, ${count}` : ''}.`;
    },
    check: (claim, frame) => {
      const matching = frame.network.filter(matchesRequest(claim, frame.origin)).length;
      const wrong = checkCount(matching, claim, 1);
      if (!wrong) return null;
      const seen = frame.network.map((entry) => `${entry.method} ${entry.url} → ${entry.failed ? 'failed' : entry.status}`);
      return `matching requests: ${wrong}; requests: ${seen.join(', ') || 'none'}`;
    },
  },
  event: {
    describe: (claim) => {
      const count = describeCount(claim, 'time' + (claim.exactly === 1 ? '' : 's'));
      return `ChatKit fires ${claim.event}${count ? ` ${count}` : ''}.`;
    },
    check: (claim, frame) => {
      const fired = frame.events.filter((entry) => entry.name === claim.event).length;
      const wrong = checkCount(fired, claim, 1);
      return wrong && `${claim.event} fired ${wrong}; events: ${frame.events.map((entry) => entry.name).join(', ') || 'none'}`;
    },
  },
  noConsole: {
    describe: ({ noConsole }) => `Nothing in the console contains ${quote(noConsole)}.`,
    check: ({ noConsole }, frame) => {
      const found = frame.console.find((entry) => entry.text.includes(noConsole));
      return found ? `the console has it: ${found.level}: ${quote(found.text.slice(0, 200))}` : null;
    },
  },
  noEvent: {
    describe: ({ noEvent }) => `ChatKit never fires ${noEvent}.`,
    check: ({ noEvent }, frame) => (frame.events.some((entry) => entry.name === noEvent) ? `${noEvent} fired` : null),
  },
  measure: {
    describe: (claim) => `${metricLabels[claim.measure]}: ${describeCount(claim, '')}`.trimEnd() + '.',
    browserOnly: ({ measure }) => (layoutMetrics.has(measure) ? 'jsdom does no layout or styling of the widget, so it has no boxes or colours to measure' : undefined),
    check: (claim, frame) => {
      if (!frame.metrics) return 'the frame has reported no measurements yet';
      return checkCount(frame.metrics[claim.measure], claim);
    },
  },
};

export const actionKinds: { [K in ActionKind]: ActionDefinition<ActionShapes[K]> } = {
  send: {
    describe: ({ send }) => `After sending ${quote(send)}:`,
    perform: ({ send }, controls) => controls.send(send),
  },
  skipMinutes: {
    describe: ({ skipMinutes }) => `After skipping ${skipMinutes} minutes ahead on the mock API’s clock:`,
    control: ({ skipMinutes }) => ({ label: `Skip ${skipMinutes} minutes`, message: { type: 'skip-minutes', minutes: skipMinutes } }),
  },
  remount: {
    describe: ({ remount }) => `After remounting the component ${remount} times:`,
    control: ({ remount }) => ({ label: `Remount ${remount}×`, message: { type: 'remount', times: remount } }),
  },
  attach: {
    describe: ({ attach }) => `After attaching ${describeFile(attach)}:`,
    control: ({ attach }) => ({ label: `Attach ${describeFile(attach)}`, message: { type: 'attach', file: attach } }),
  },
  pageTheme: {
    describe: ({ pageTheme }) => `After switching the page to its ${pageTheme} theme:`,
    control: ({ pageTheme }) => ({ label: `Page theme: ${pageTheme}`, message: { type: 'page-theme', theme: pageTheme } }),
  },
  click: {
    describe: ({ click }) => `After pressing ${quote(click)}:`,
    perform: ({ click }, controls) => controls.click(click),
  },
};

function kindOf<K extends string>(value: object, kinds: Record<K, unknown>): K {
  const kind = (Object.keys(kinds) as K[]).find((name) => name in value);
  if (!kind) throw new Error(`Not a known claim or action: ${JSON.stringify(value)}`);
  return kind;
}

type AnyClaimDefinition = ClaimDefinition<Claim>;
type AnyActionDefinition = ActionDefinition<Action>;

export const claimDefinition = (claim: Claim) => claimKinds[kindOf(claim, claimKinds)] as AnyClaimDefinition;
export const actionDefinition = (action: Action) => actionKinds[kindOf(action, actionKinds)] as AnyActionDefinition;

export const describeClaim = (claim: Claim) => claimDefinition(claim).describe(claim);
export const describeAction = (action: Action) => actionDefinition(action).describe(action);
export const controlOf = (action: Action) => actionDefinition(action).control?.(action);

/** Does the action: in the frame, or with the page's control for it. */
export function performAction(action: Action, controls: FrameControls): Promise<void> {
  const definition = actionDefinition(action);
  return definition.control ? controls.usePageControl(definition.control(action)) : definition.perform(action, controls);
}
export const browserOnlyReason = (claim: Claim) => claimDefinition(claim).browserOnly?.(claim);
