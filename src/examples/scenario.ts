/**
 * What an example folder declares in its `scenario.ts`: the world its variants run in (declared once,
 * overridden per variant where it differs) and, per variant, what a reader does and what must then be
 * observed. This module only describes; the frame runtime and the two test drivers act on it.
 */
import type { MockOpenAIConfig } from '../mock-openai';
import type { ChatKitServerConfig } from '../mock-openai';
import type { ComponentType } from 'react';
import type { PageControl } from '../frame-protocol';
import { controlOf, type Action, type SettledClaim, type StepClaim } from './claims';

/** A reader's backend route, written like a Next.js route handler. */
export type RouteHandler = (request: Request) => Promise<Response>;

export type IntegrationMode = 'hosted' | 'custom-server';

/** Everything a variant runs against, apart from its own files. */
export interface World {
  /** The integration mode the variant's component uses. */
  mode: IntegrationMode;
  /** How the mocked OpenAI API (`https://api.openai.com/v1/chatkit/*`) behaves. */
  openai?: MockOpenAIConfig;
  /**
   * The reader's own ChatKit server (custom-server mode), simulated at `url` (a path on the site or an
   * absolute URL on another origin). The reader's `server.py`, when there is one, is what it stands for.
   */
  chatkitServer?: ChatKitServerConfig;
  /** The reader's backend routes, keyed "METHOD /path" (a path on the site or an absolute URL). */
  routes?: Record<string, RouteHandler>;
  /** `process.env` as the reader's server code sees it. */
  env?: Record<string, string>;
  /**
   * The host the reader's page plays, such as a deployed `app.example.com`: the simulated widget reports
   * it to OpenAI's domain check. Without it, the sandbox's real host, which is on the mock allowlist.
   */
  pageHost?: string;
  /**
   * The origin the reader's page plays (say, an attacker's look-alike site): the `Origin` its requests
   * carry to the world's backends on other origins. Without it, the sandbox's own.
   */
  pageOrigin?: string;
  /**
   * Origins only the reader's server calls (an internal ChatKit server behind a proxy route): those
   * requests are server to server, so no CORS checks apply to them.
   */
  privateOrigins?: string[];
  /** What the reader's page and browser do around the widget, which the sandbox plays. */
  browser?: PageBrowser;
}

/** What the sandbox plays of the reader's page and browser; by default a working page on a secure origin. */
export interface PageBrowser {
  /**
   * What became of ChatKit's script (`chatkit.js` from cdn.platform.openai.com): by default it loaded
   * and defined `<openai-chatkit>`. Otherwise the element is never defined; a blocked script logs the
   * console error Chromium prints for that block, and its request shows as failed.
   */
  chatkitScript?: 'loaded' | 'missing' | 'blocked-by-csp' | 'blocked-by-client';
  /** false: the page is not a secure context (plain HTTP from a LAN address): `isSecureContext` is false and `crypto.randomUUID` missing. */
  secureContext?: boolean;
  /** The `Cross-Origin-Embedder-Policy` the page is served with. */
  embedderPolicy?: 'require-corp' | 'credentialless';
  /** What the page's `localStorage` holds before the variant runs. */
  localStorage?: Record<string, string>;
}

/**
 * What a variant changes in its scenario's world: `mode`, `pageHost`, `pageOrigin`, `privateOrigins`,
 * `browser` and `chatkitServer` replace;
 * `openai`, `routes` and `env` are merged key by key over the scenario's (`chatkitServer: null` removes
 * the server).
 */
export interface WorldOverride {
  mode?: IntegrationMode;
  browser?: PageBrowser;
  pageHost?: string;
  pageOrigin?: string;
  privateOrigins?: string[];
  openai?: MockOpenAIConfig;
  chatkitServer?: ChatKitServerConfig | null;
  routes?: Record<string, RouteHandler>;
  env?: Record<string, string>;
}

/** One thing a reader does (or none, for what happens on load), then what must be observed, in order. */
export interface Step {
  do?: Action;
  expect: StepClaim[];
}

export interface Variant {
  /** Whether the variant reproduces the page's problem or shows its fix. */
  kind: 'broken' | 'fixed';
  /** The tab's label, e.g. "Broken: returns the whole JSON". */
  label: string;
  /** One sentence a reader sees before running it: what this variant does and what to look for. */
  summary: string;
  /** The files a reader would write, relative to the example folder; the first is the React component. */
  files: [component: string, ...rest: string[]];
  /** What differs from the scenario's world. */
  world?: WorldOverride;
  /** Run in order: each step's action, then every one of its claims must hold. */
  steps: Step[];
  /**
   * Checked only once every step holds and the frame has gone quiet: what must not have happened, and
   * counts that must not grow any more. Fixed variants also get "does not show" for every text a
   * broken variant of the same scenario must show.
   */
  settled?: SettledClaim[];
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
  /** The world every variant runs in unless it overrides part of it. */
  world: World;
  /**
   * The variants, in tab order, keyed by the name used in URLs (`?<example>=<name>`) and frame paths:
   * lowercase words joined by hyphens.
   */
  variants: Record<string, Variant>;
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}

/** The variant of that name, or an error that names the file and the variants there are. */
export function variantOf(slug: string, scenario: Scenario, name: string): Variant {
  const variant = scenario.variants[name];
  if (!variant) throw new Error(`examples/${slug}/scenario.ts has no variant "${name}" (variants: ${Object.keys(scenario.variants).join(', ')}).`);
  return variant;
}

export const variantAndWorld = (slug: string, scenario: Scenario, name: string) => {
  const variant = variantOf(slug, scenario, name);
  return { variant, world: worldOf(scenario, variant) };
};

/** What a frame runs: a variant, the world it runs in, and its React component. */
export interface LoadedVariant {
  scenario: Scenario;
  variant: Variant;
  world: World;
  Component: ComponentType;
}

/** The world one variant runs in: its scenario's, with the variant's override applied. */
export function worldOf(scenario: Scenario, variant: Variant): World {
  const base = scenario.world;
  const override = variant.world ?? {};
  const chatkitServer = override.chatkitServer === null ? undefined : (override.chatkitServer ?? base.chatkitServer);
  const pageHost = override.pageHost ?? base.pageHost;
  const pageOrigin = override.pageOrigin ?? base.pageOrigin;
  const privateOrigins = override.privateOrigins ?? base.privateOrigins;
  const browser = override.browser ?? base.browser;
  return {
    mode: override.mode ?? base.mode,
    ...(pageHost && { pageHost }),
    ...(pageOrigin && { pageOrigin }),
    ...(privateOrigins && { privateOrigins }),
    ...(browser && { browser }),
    ...((base.openai || override.openai) && { openai: { ...base.openai, ...override.openai } }),
    ...(chatkitServer && { chatkitServer }),
    routes: { ...base.routes, ...override.routes },
    env: { ...base.env, ...override.env },
  };
}

/** Everything checked in one variant, in the order the drivers check it. */
export interface ClaimPlan {
  steps: Step[];
  settled: SettledClaim[];
}

const textsSeenIn = (variant: Variant) => variant.steps.flatMap((step) => step.expect.flatMap((claim) => ('see' in claim ? [claim.see] : [])));

/**
 * A variant's claims, with the ones its kind implies: a fixed variant shows no text a broken variant of
 * its scenario must show, unless it claims to show that text itself (a start screen both show first).
 */
export function planOf(scenario: Scenario, variant: Variant): ClaimPlan {
  const ownTexts = new Set(textsSeenIn(variant));
  const symptoms =
    variant.kind === 'fixed'
      ? Object.values(scenario.variants)
          .filter((other) => other.kind === 'broken')
          .flatMap(textsSeenIn)
          .filter((text) => !ownTexts.has(text))
      : [];
  const settled = [...(variant.settled ?? [])];
  for (const text of new Set(symptoms)) {
    if (!settled.some((claim) => 'notSee' in claim && claim.notSee === text)) settled.push({ notSee: text });
  }
  return { steps: variant.steps, settled };
}

/** The controls a scenario's actions use, in the order they first appear: the page offers each beside the frame. */
export function pageControls(scenario: Scenario): PageControl[] {
  const controls = new Map<string, PageControl>();
  for (const variant of Object.values(scenario.variants)) {
    for (const step of variant.steps) {
      const control = step.do && controlOf(step.do);
      if (control && !controls.has(control.label)) controls.set(control.label, control);
    }
  }
  return [...controls.values()];
}
