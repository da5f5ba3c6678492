// How much sooner the fixed custom-server route of examples/high-latency shows the user something after a
// send than the broken one, measured in the same run through the same Node driver as claims-in-node
// (the real frame boot with msw/node, jsdom, the real bindings and the simulator). Only the ratio is
// asserted, never an absolute time: both variants run in the same process against the same world,
// whose delays are real sleeps (the route's 700 ms lookup, 60 ms per streamed delta), so a slower
// machine stretches both alike, while the ratio comes from what each route waits for before its
// first byte: the broken one for the lookup and the whole reply, the fixed one for nothing.
import { type RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { loadVariant } from '../../src/examples/catalog';
import { bootSandbox } from '../../src/frame/boot';
import { Remountable } from '../../src/frame/remounting';
import type { FrameMessage } from '../../src/frame-protocol';
import { typeAndSend, visibleText } from './chatkit-sim/helpers';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, limitMs: number, what: string): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${what} did not happen within ${limitMs} ms.`);
    await sleep(5);
  }
}

const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
  document.body.replaceChildren();
});

/** Boots one variant, waits for chatkit.ready, sends a message and returns the ms until anything of the answer shows. */
async function msToFirstFeedback(variant: string): Promise<number> {
  const messages: FrameMessage[] = [];
  const booted = await bootSandbox({
    load: () => loadVariant('high-latency', variant),
    sink: (message) => messages.push(message),
    origin: location.origin,
    cleanup: undo,
    startMocking: async () => {
      const server = setupServer();
      server.listen({ onUnhandledFrame: 'error' });
      undo.push(() => server.close());
      return { events: server.events, use: (...handlers: RequestHandler[]) => server.use(...handlers) };
    },
  });
  expect(booted).toBeDefined();
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  undo.push(() => root.unmount());
  root.render(createElement(Remountable, { Component: booted!.Component, requests: booted!.remounts }));

  await until(() => messages.some((m) => m.type === 'chatkit-event' && m.name === 'chatkit.ready'), 10_000, 'chatkit.ready');
  const widget = container.querySelector('openai-chatkit') as HTMLElement;
  const feedback = () => {
    const text = visibleText(widget);
    return text.includes('Looking up your orders') || text.includes('Order 1042');
  };
  expect(feedback()).toBe(false);
  const sentAt = performance.now();
  typeAndSend(widget, 'Where is my order?');
  await until(feedback, 10_000, 'The first sign of an answer');
  const elapsed = performance.now() - sentAt;
  await until(() => messages.some((m) => m.type === 'chatkit-event' && m.name === 'chatkit.response.end'), 10_000, 'chatkit.response.end');
  for (const step of undo.splice(0).reverse()) step();
  document.body.replaceChildren();
  return elapsed;
}

it('the fixed route shows the first sign of an answer at least 3 times sooner than the broken one', async () => {
  const broken = await msToFirstFeedback('broken-waits');
  const fixed = await msToFirstFeedback('fixed');
  console.info(`[high-latency] first feedback after send: broken ${Math.round(broken)} ms, fixed ${Math.round(fixed)} ms`);
  expect(broken).toBeGreaterThanOrEqual(3 * fixed);
}, 30_000);
