import type { ComponentType } from 'react';
import { defineChatKitSimulator } from '../chatkit-sim';
import { createMockOpenAI } from '../mock-openai';
import { readHostMessage } from '../sandbox-messages';
import { reportChatKitEvents } from './chatkit-events';
import { captureConsole } from './console-capture';
import { reportNetwork } from './network-log';
import { postToHost } from './post-to-host';
import { findVariant, variantComponent } from './registry';
import { routeHandlers } from './routes';
import { startMocking } from './start-mocking';

/**
 * Boots one sandbox frame, reporting everything to the page: starts the mocks and returns the reader's
 * component once it may make requests, or undefined when the frame is reloading to get its worker.
 */
export async function bootSandbox(slug: string, variantName: string): Promise<ComponentType | undefined> {
  captureConsole();
  reportChatKitEvents();
  postToHost({ type: 'status', state: 'starting', message: 'Starting the mocked network…' });

  const found = findVariant(slug, variantName);
  const component = found && variantComponent(slug, found.variant);
  if (!found || !component) throw new Error(`No example variant "${slug}/${variantName}".`);
  const { scenario, variant } = found;

  // The site's own host plays the reader's allowlisted domain, wherever the site is deployed.
  const openai = createMockOpenAI({ allowedDomains: [location.hostname], ...scenario.openai });
  window.addEventListener('message', (event) => {
    const message = readHostMessage(event);
    if (message?.type === 'advance-clock') {
      openai.clock.advance(message.ms);
      console.info(`[sandbox] The mock API's clock moved ${Math.round(message.ms / 60_000)} minutes ahead.`);
    }
  });

  // The reader's server code reads its configuration from process.env, as it would on a server.
  Object.assign(process.env, variant.env);

  const scope = `${import.meta.env.BASE_URL}sandbox/${slug}/${variantName}/`;
  const worker = await startMocking(
    [...routeHandlers(variant.routes ?? {}), ...(scenario.handlers?.() ?? []), ...openai.handlers],
    scope,
  );
  if (!worker) return undefined;
  reportNetwork(worker);

  defineChatKitSimulator();
  postToHost({ type: 'status', state: 'running', message: `Running ${variant.label}` });
  return component;
}
