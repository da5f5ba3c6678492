import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { expect } from 'vitest';
import { loadVariant } from '../../src/examples/catalog';
import { bootSandbox, type BootedSandbox } from '../../src/frame/boot';
import type { FrameMessage } from '../../src/frame-protocol';

/**
 * Boots one variant as its frame does, on msw/node and jsdom, for tests that measure more than its
 * claims; pushes every undo onto `undo`. Returns the booted sandbox and the messages it reports.
 */
export async function bootInNode(slug: string, variant: string, undo: (() => void)[]): Promise<{ booted: BootedSandbox; messages: FrameMessage[] }> {
  const messages: FrameMessage[] = [];
  const booted = await bootSandbox({
    load: () => loadVariant(slug, variant),
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
  expect(booted, 'msw/node never asks for a reload').toBeDefined();
  return { booted: booted!, messages };
}
