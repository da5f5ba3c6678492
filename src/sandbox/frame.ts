import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { defineChatKitSimulator } from '../chatkit-sim';
import { createMockOpenAI } from '../mock-openai';
import { readHostMessage } from '../sandbox-messages';
import { reportChatKitEvents } from './chatkit-events';
import { captureConsole } from './console-capture';
import { CrashReport } from './CrashReport';
import { reportNetwork } from './network-log';
import { postToHost } from './post-to-host';
import { findVariant, variantComponent } from './registry';
import { routeHandlers } from './routes';
import { startMocking } from './start-mocking';

/** Boots one sandbox frame: mocks first, then the reader's component, reporting everything to the page. */
export async function runSandbox(root: HTMLElement, slug: string, variantName: string): Promise<void> {
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
  if (!worker) return;
  reportNetwork(worker);

  defineChatKitSimulator();
  createRoot(root).render(createElement(CrashReport, null, createElement(component)));
  postToHost({ type: 'status', state: 'running', message: `Running ${variant.label}` });
}
