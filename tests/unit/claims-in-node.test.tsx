// Every variant's claims that need no layout, checked in seconds: the real frame boot (src/frame/boot.ts)
// with msw/node instead of the service worker, jsdom, the real React bindings and the simulator, through
// the same catalog and the same claim registry as the end-to-end tests on the built site.
import { getResponse, http, type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { exampleSlugs, loadScenario, loadVariant } from '../../src/examples/catalog';
import type { FrameObservation } from '../../src/examples/claims';
import { runPlan, type ClaimDriver } from '../../src/examples/run-claims';
import { planOf, worldOf, type Scenario, type Variant } from '../../src/examples/scenario';
import { bootSandbox } from '../../src/frame/boot';
import { CrashReport } from '../../src/frame/CrashReport';
import { Remountable } from '../../src/frame/remounting';
import { consoleLine, type FrameMessage, type FrameMetrics, type NetworkEntry } from '../../src/frame-protocol';
import { typeAndSend, visibleText } from './chatkit-sim/helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the frame's reports add up to, as the devtools pane shows them. */
function observe(messages: readonly FrameMessage[]): FrameObservation {
  const network = new Map<string, NetworkEntry>();
  let metrics: FrameMetrics | null = null;
  const console: FrameObservation['console'][number][] = [];
  const events: FrameObservation['events'][number][] = [];
  for (const message of messages) {
    if (message.type === 'console' || message.type === 'uncaught') console.push(consoleLine(message));
    else if (message.type === 'chatkit-event') events.push({ name: message.name, detail: message.detail });
    else if (message.type === 'network') network.set(message.entry.id, message.entry);
    else if (message.type === 'metrics') metrics = message.metrics;
  }
  return {
    origin: location.origin,
    console,
    events,
    metrics,
    network: [...network.values()].filter((entry) => entry.failed || entry.status !== null),
    isVisible: async (text) => visibleText().replace(/\s+/g, ' ').includes(text),
  };
}

/** Every button in the frame, the widget's shadow DOM included. */
function buttonsIn(root: Element | ShadowRoot): HTMLButtonElement[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(element instanceof HTMLButtonElement ? [element] : []),
    ...(element.shadowRoot ? buttonsIn(element.shadowRoot) : []),
  ]);
}

/** Waits until no new report has arrived for `quietMs`, or `limitMs` has passed. */
async function quiet(messages: readonly FrameMessage[], quietMs = 300, limitMs = 3000) {
  const deadline = Date.now() + limitMs;
  let seen = -1;
  while (seen !== messages.length && Date.now() < deadline) {
    seen = messages.length;
    await sleep(quietMs);
  }
}

/**
 * msw/node hands handlers a request rebuilt from what Node sent, without the page's `credentials` mode,
 * which decides cookies and CORS. The driver carries `credentials: 'include'` in a header of its own
 * and gives the world's handlers the request as the page made it.
 */
const credentialsHeader = 'x-claims-driver-credentials';

function carryCredentials(): () => void {
  const nodeFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const credentials = init?.credentials ?? (input instanceof Request ? input.credentials : undefined);
    if (credentials !== 'include') return nodeFetch(input, init);
    const request = input instanceof Request ? new Request(input, init) : new Request(new URL(String(input), location.href), init);
    const headers = new Headers(request.headers);
    headers.set(credentialsHeader, 'include');
    return nodeFetch(new Request(request, { headers }));
  };
  return () => {
    globalThis.fetch = nodeFetch;
  };
}

function withCredentialsRestored(handlers: RequestHandler[]): RequestHandler[] {
  const restore = http.all('*', ({ request }) => {
    if (!request.headers.has(credentialsHeader)) return undefined;
    const headers = new Headers(request.headers);
    headers.delete(credentialsHeader);
    return getResponse(handlers, new Request(request, { headers, credentials: 'include' }));
  });
  return [restore, ...handlers];
}

// jsdom has no window.isSecureContext; a browser says true for this origin (http://localhost:3000).
if (!('isSecureContext' in window)) Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });

const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
  document.body.replaceChildren();
});

/** Whether the variant's page loads ChatKit's script, so that the frame defines `<openai-chatkit>`. */
const loadsChatKit = (scenario: Scenario, variant: Variant) => (worldOf(scenario, variant).browser?.chatkitScript ?? 'loaded') === 'loaded';

// jsdom cannot take a custom element's definition back: the variants whose page never loads the script
// run first, before any other variant defines the element.
const passes = [false, true].flatMap((loaded) => exampleSlugs.map((slug) => ({ slug, loaded })));
for (const { slug, loaded } of passes) {
  const scenario = await loadScenario(slug);
  const variants = Object.entries(scenario.variants).filter(([, variant]) => loadsChatKit(scenario, variant) === loaded);
  if (variants.length === 0) continue;
  describe(`examples/${slug}`, () => {
    for (const [name, variant] of variants) {
      it(`${name}: every claim that needs no layout holds`, async () => {
        const messages: FrameMessage[] = [];
        const booted = await bootSandbox({
          load: () => loadVariant(slug, name),
          sink: (message) => messages.push(message),
          origin: location.origin,
          cleanup: undo,
          startMocking: async () => {
            const server = setupServer();
            server.listen({ onUnhandledFrame: 'error' });
            undo.push(() => server.close(), carryCredentials());
            return { events: server.events, use: (...handlers: RequestHandler[]) => server.use(...withCredentialsRestored(handlers)) };
          },
        });
        expect(booted, 'msw/node never asks for a reload').toBeDefined();
        const { Component, remounts } = booted!;

        const container = document.body.appendChild(document.createElement('div'));
        const root = createRoot(container);
        undo.push(() => root.unmount());
        // Committed at once, effects included, as a browser does long before any request answers; left to
        // React's scheduler in jsdom, the bindings' listeners can come after a fast mock's chatkit.ready.
        flushSync(() =>
          root.render(
            <CrashReport>
              <Remountable Component={Component} requests={remounts} />
            </CrashReport>,
          ),
        );

        const driver: ClaimDriver = {
          hasLayout: false,
          observe: async () => observe(messages),
          waitForQuiet: () => quiet(messages),
          send: async (text) => {
            const deadline = Date.now() + 5000;
            let widget = container.querySelector('openai-chatkit');
            while (!widget?.shadowRoot?.querySelector('textarea') && Date.now() < deadline) {
              await sleep(20);
              widget = container.querySelector('openai-chatkit');
            }
            typeAndSend(widget as HTMLElement, text);
          },
          usePageControl: (control) => booted!.control(control.message),
          click: async (buttonName) => {
            const deadline = Date.now() + 5000;
            let button: HTMLButtonElement | undefined;
            while (!button && Date.now() < deadline) {
              button = buttonsIn(container).find((candidate) => candidate.textContent?.trim() === buttonName);
              if (!button) await sleep(20);
            }
            if (!button) throw new Error(`No button “${buttonName}” in the frame.`);
            button.click();
          },
        };
        await runPlan(planOf(scenario, variant), driver, { timeoutMs: 10_000 });
      }, 30_000);
    }
  });
}
