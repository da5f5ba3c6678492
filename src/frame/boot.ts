import type { RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { ComponentType } from 'react';
import { defineChatKitSimulator, playHostname } from '../chatkit-sim';
import type { CookiePersistence } from '../examples/cookies';
import type { LoadedVariant } from '../examples/scenario';
import { mockWorld } from '../examples/world';
import type { HostMessage } from '../frame-protocol';
import { makeFile, pickInWidget } from './generated-file';
import { playPageBrowser } from './page-browser';
import { startMetrics } from './metrics';
import { RemountRequests } from './remounting';
import { preflightReporter, reportChatKitEvents, reportConsole, reportNetwork, type Sink } from './report';

/** Starts intercepting requests (handlers come later, with `use`); undefined when the frame must reload first. */
export type StartMocking = () => Promise<{ events: SetupWorker['events']; use(...handlers: RequestHandler[]): void } | undefined>;

export interface BootOptions {
  /** Loads the variant: by its chunks' URLs in a built site, through the catalog elsewhere. */
  load: () => Promise<LoadedVariant>;
  /** Where reports go: the page in a browser, an array in the Node test driver. */
  sink: Sink;
  startMocking: StartMocking;
  /** The reader's site: relative routes are mounted here, and its host is on the mock domain allowlist. */
  origin: string;
  /** Where the routes' cookies survive a reload of the frame; in memory only when absent. */
  cookies?: CookiePersistence;
  /** Receives an undo for each thing booting changes, for drivers that boot many variants in one page. */
  cleanup?: (() => void)[];
}

export interface BootedSandbox {
  Component: ComponentType;
  label: string;
  /** Where the page's "Remount N×" control reaches the rendered component (render it in a `Remountable`). */
  remounts: RemountRequests;
  /** Does what one of the page's controls asks. */
  control(message: HostMessage): Promise<void>;
}

/** The reader's page theme, as sites commonly keep it: `data-theme` and `color-scheme` on the root element. */
function setPageTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset['theme'] = theme;
  document.documentElement.style.colorScheme = theme;
}

/**
 * Boots one variant: reporting first (so nothing is missed), then its world's mocks, then the
 * simulated widget. The variant's code loads while the mocks start. Resolves once the variant may
 * make requests, or to undefined when the frame is reloading to get its service worker.
 */
export async function bootSandbox({ load, sink, startMocking, origin, cookies, cleanup = [] }: BootOptions): Promise<BootedSandbox | undefined> {
  cleanup.push(reportConsole(sink), reportChatKitEvents(sink));
  sink({ type: 'status', state: 'starting', message: 'Starting the mocked network…' });
  const [loaded, mocking] = await Promise.all([load(), startMocking()]);
  if (!mocking) return undefined;
  const { variant, world, Component } = loaded;
  const mocks = mockWorld(world, {
    origin,
    allowedDomains: [new URL(origin).hostname],
    onPreflight: preflightReporter(sink),
    ...(cookies && { cookies }),
  });

  // The reader's server code reads its configuration from process.env, as it would on a server.
  const previousEnv = { ...process.env };
  Object.assign(process.env, world.env);
  cleanup.push(() => {
    for (const key of Object.keys(process.env)) if (!(key in previousEnv)) delete process.env[key];
    Object.assign(process.env, previousEnv);
  });

  mocking.use(...mocks.handlers);
  reportNetwork(sink, mocking.events);

  const page = playPageBrowser(world.browser ?? {}, sink);
  cleanup.push(page.undo);
  if (page.defineChatKit) defineChatKitSimulator();
  if (world.pageHost) cleanup.push(playHostname(world.pageHost));
  cleanup.push(startMetrics(sink, mocks.sessionsMinted));
  setPageTheme('light');
  cleanup.push(() => {
    delete document.documentElement.dataset['theme'];
    document.documentElement.style.colorScheme = '';
  });
  const remounts = new RemountRequests();
  sink({ type: 'status', state: 'running', message: `Running ${variant.label}` });
  return {
    Component,
    label: variant.label,
    remounts,
    async control(message) {
      if (message.type === 'skip-minutes') {
        mocks.clock.advance(message.minutes * 60_000);
        console.info(`[sandbox] The mock API's clock moved ${message.minutes} minutes ahead.`);
      } else if (message.type === 'attach') {
        pickInWidget(makeFile(message.file));
        console.info(`[sandbox] Attached a generated file: ${message.file.name}, ${message.file.size} bytes, ${message.file.type}.`);
      } else if (message.type === 'page-theme') {
        setPageTheme(message.theme);
        console.info(`[sandbox] The page switched to its ${message.theme} theme.`);
      } else {
        await remounts.request(message.times);
        console.info(`[sandbox] The component was unmounted and mounted again ${message.times} times.`);
      }
    },
  };
}
