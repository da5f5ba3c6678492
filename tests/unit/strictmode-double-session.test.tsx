// The variants of examples/strictmode-double-session inside a real <StrictMode> on React's development
// build (the Node driver's), which the browser frame cannot run: what the page says StrictMode does to
// each, counted from the requests the frame reports.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import type { FrameMetrics } from '../../src/frame-protocol';
import { bootInNode } from './boot-in-node';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
  document.body.replaceChildren();
});

/** Renders a variant in StrictMode, lets it settle, and returns its finished requests ("METHOD path type") and last measurements. */
async function inStrictMode(variant: string): Promise<{ requests: string[]; metrics: FrameMetrics }> {
  const { booted, messages } = await bootInNode('strictmode-double-session', variant, undo);
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  undo.push(() => root.unmount());
  const Component = booted.Component;
  flushSync(() =>
    root.render(
      <StrictMode>
        <Component />
      </StrictMode>,
    ),
  );
  await sleep(2_500);
  const finished = new Map<string, string>();
  let metrics: FrameMetrics | null = null;
  for (const message of messages) {
    if (message.type === 'network' && message.entry.status !== null) {
      const type = /"type":"([^"]+)"/.exec(message.entry.requestBody)?.[1] ?? '';
      finished.set(message.entry.id, `${message.entry.method} ${new URL(message.entry.url).pathname} ${type}`.trim());
    }
    if (message.type === 'metrics') metrics = message.metrics;
  }
  return { requests: [...finished.values()], metrics: metrics! };
}

const count = (requests: string[], request: string) => requests.filter((entry) => entry === request).length;

it('broken: the effect without a guard opens two greeting threads', async () => {
  expect(count((await inStrictMode('broken')).requests, 'POST /chatkit threads.create')).toBe(2);
}, 30_000);

it('fixed: no thread until the user sends a message', async () => {
  expect(count((await inStrictMode('fixed')).requests, 'POST /chatkit threads.create')).toBe(0);
}, 30_000);

it('broken-hosted: the session fetched in an effect is minted twice', async () => {
  expect((await inStrictMode('broken-hosted')).metrics.sessionsMinted).toBe(2);
}, 30_000);

it('fixed-hosted: one session, with setOptions twice and 13 listeners in the end', async () => {
  expect((await inStrictMode('fixed-hosted')).metrics).toMatchObject({ sessionsMinted: 1, setOptionsCalls: 2, chatkitListeners: 13 });
}, 30_000);
