// How much sooner the fixed variants of examples/high-latency answer than the broken ones: the custom-server
// route's first sign of an answer after a send, and the hosted chat's chatkit.ready after it opens; measured in the same run through the same Node driver as claims-in-node
// (the real frame boot with msw/node, jsdom, the real bindings and the simulator). Only the ratio is
// asserted, never an absolute time: both variants run in the same process against the same world,
// whose delays are real sleeps (the route's 700 ms lookup, 60 ms per streamed delta), so a slower
// machine stretches both alike, while the ratio comes from what each route waits for before its
// first byte: the broken one for the lookup and the whole reply, the fixed one for nothing; and from
// whether the 800 ms session request still lies ahead when the reader opens the chat.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { Remountable } from '../../src/frame/remounting';
import type { FrameMessage } from '../../src/frame-protocol';
import { bootInNode } from './boot-in-node';
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
afterEach(() => tearDown());

const readyEvents = (messages: FrameMessage[]) => messages.filter((m) => m.type === 'chatkit-event' && m.name === 'chatkit.ready').length;

/** Boots one variant of examples/high-latency as the frame does and renders it; returns what it reported and where it rendered. */
async function boot(variant: string): Promise<{ messages: FrameMessage[]; container: HTMLElement }> {
  const { booted, messages } = await bootInNode('high-latency', variant, undo);
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  undo.push(() => root.unmount());
  root.render(createElement(Remountable, { Component: booted.Component, requests: booted.remounts }));
  return { messages, container };
}

function tearDown(): void {
  for (const step of undo.splice(0).reverse()) step();
  document.body.replaceChildren();
}

/** Sends a message once the widget is ready and returns the ms until anything of the answer shows. */
async function msToFirstFeedback(variant: string): Promise<number> {
  const { messages, container } = await boot(variant);
  await until(() => readyEvents(messages) > 0, 10_000, 'chatkit.ready');
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
  tearDown();
  return elapsed;
}

const sessionRoute = `${location.origin}/api/chatkit/session`;
const finishedSessionRequests = (messages: FrameMessage[]) =>
  new Set(messages.flatMap((m) => (m.type === 'network' && m.entry.url === sessionRoute && m.entry.durationMs !== null ? [m.entry.id] : []))).size;

/**
 * Lets the page sit for longer than a session request takes (the route's 800 ms), with `prefetched`
 * session requests finished by then, opens the chat and returns the ms until chatkit.ready.
 */
async function msFromOpenToReady(variant: string, prefetched: number): Promise<number> {
  const { messages, container } = await boot(variant);
  await until(() => container.querySelector('button') !== null, 10_000, 'The “Chat with us” button');
  await sleep(1_200);
  expect(finishedSessionRequests(messages)).toBe(prefetched);
  expect(readyEvents(messages)).toBe(0);
  const openedAt = performance.now();
  container.querySelector('button')!.click();
  await until(() => readyEvents(messages) > 0, 10_000, 'chatkit.ready');
  const elapsed = performance.now() - openedAt;
  expect(finishedSessionRequests(messages)).toBe(1);
  tearDown();
  return elapsed;
}

it('the fixed route shows the first sign of an answer at least 3 times sooner than the broken one', async () => {
  const broken = await msToFirstFeedback('broken-waits');
  const fixed = await msToFirstFeedback('fixed');
  console.info(`[high-latency] first feedback after send: broken ${Math.round(broken)} ms, fixed ${Math.round(fixed)} ms`);
  expect(broken).toBeGreaterThanOrEqual(3 * fixed);
}, 30_000);

it('a session asked for early makes the chat ready at least twice as soon after it opens as one asked for on open', async () => {
  const broken = await msFromOpenToReady('broken-late-session', 0);
  const fixed = await msFromOpenToReady('fixed-early-session', 1);
  console.info(`[high-latency] open to ready: broken ${Math.round(broken)} ms, fixed ${Math.round(fixed)} ms`);
  expect(broken).toBeGreaterThanOrEqual(2 * fixed);
}, 30_000);
