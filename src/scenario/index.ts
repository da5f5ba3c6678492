/**
 * What an example folder declares in its `scenario.ts`: how its variants are wired into the
 * simulated world, and the claims about each variant that the end-to-end tests check on the built
 * site. This module only describes; the sandbox runtime and the test generator act on it.
 */
import type { RequestHandler } from 'msw';
import type { ChatKitEventName } from '../chatkit-protocol';
import type { MockOpenAIConfig } from '../mock-openai';

/** A reader's backend route, written like a Next.js route handler. */
export type RouteHandler = (request: Request) => Promise<Response>;


/** One step of a claim: something the test does, or something that must be observed. */
export type ClaimStep =
  /** Text that must become visible in the sandbox frame (inside the simulated widget too). */
  | { see: string }
  /** Text that must not be visible once the other claims hold. */
  | { notSee: string }
  /** A console message of that level whose text contains `text`. */
  | { console: 'error' | 'warn'; text: string }
  /** A request the frame made, and how it ended: an HTTP status or a network failure. */
  | { request: string; status: number | 'failed' }
  /** A ChatKit DOM event that must fire. */
  | { event: ChatKitEventName }
  /** A ChatKit DOM event that must not have fired once the other claims hold. */
  | { noEvent: ChatKitEventName }
  /** Type a message into the widget's composer and send it. */
  | { send: string }
  /** Move the mock API's clock forward, e.g. past a client secret's expiry. */
  | { advanceMinutes: number };

export interface Variant {
  /** The URL value and the tab's identity: "broken", "broken-<cause>" or "fixed". */
  name: string;
  /** The tab's label, e.g. "Broken: returns the whole JSON". */
  label: string;
  /** One sentence a reader sees before running it: what this variant does and what to look for. */
  summary: string;
  /** The files a reader would write, relative to the example folder; the first is the React component. */
  files: [component: string, ...rest: string[]];
  /** The reader's backend routes, keyed "METHOD /path". */
  routes?: Record<string, RouteHandler>;
  /** `process.env` as the reader's server code sees it in this variant. */
  env?: Record<string, string>;
  /** What must be observed, in order. */
  claims: ClaimStep[];
  /**
   * For a variant that is broken at the type level: the compiler message its `@ts-expect-error` line
   * silences, so the sandbox can still run it. The page shows it; a unit test compiles the file
   * without that line and requires this message.
   */
  typeError?: string;
  /**
   * Broken variants only: the snippet safety rules (tests/unit/snippet-rules.ts) this variant breaks on
   * purpose, because breaking them is the mistake its page documents. Every listed rule must fire.
   */
  exempt?: SnippetRuleId[];
}

/** The snippet safety rules every variant's files are held to (implemented in tests/unit/snippet-rules.ts). */
export type SnippetRuleId =
  | 'api-key-in-client'
  | 'dangerously-allow-browser'
  | 'substring-origin-check'
  | 'wildcard-cors-with-credentials'
  | 'storage-clear'
  | 'secret-shared-across-users'
  | 'unchecked-fetch-response';

export interface Scenario {
  /** Which integration mode the example runs in. */
  mode: 'hosted' | 'custom-server';
  /** How the mocked OpenAI API behaves for this example. */
  openai?: MockOpenAIConfig;
  /** Extra mocked endpoints, for example a custom ChatKit server. */
  handlers?: () => RequestHandler[];
  /** Show the "skip ahead" control that moves the mock API's clock. */
  clock?: boolean;
  variants: Variant[];
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}

export const isBroken = (variant: Pick<Variant, 'name'>) => variant.name.startsWith('broken');
