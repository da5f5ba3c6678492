// Every claim of every variant of every sandbox on the built site, in Chromium, through the same claim
// registry the page lists them from and the Node driver checks them with; then axe's WCAG 2.2 AA rules
// on the frame's document in the state the claims left it in.
import { expect, test, type BrowserContext, type Request } from '@playwright/test';
import { runPlan } from '../../src/examples/run-claims';
import { scanFrameDocument } from './axe';
import { builtExamples } from './built-site';
import { browserDriver, openVariant } from './claims';
import { sandboxOf } from './quality-gates';

const examples = builtExamples();

/**
 * Every request the browser makes to another origin than the site's: each must be answered by the mock
 * service worker, and the worker itself may fetch none. A request the mocks refused on purpose (a CORS
 * refusal, a dead server: `Response.error()`) fails without a response, as in a real browser; it counts
 * as answered when the frame's own log shows the mocks failing it.
 */
function recordRequestsToOtherOrigins(context: BrowserContext, siteOrigin: string) {
  const requests: Request[] = [];
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== siteOrigin) requests.push(request);
  });
  return {
    count: () => requests.length,
    async leaks(failedByTheMocks: (method: string, url: string) => boolean): Promise<string[]> {
      const leaks: string[] = [];
      for (const request of requests) {
        const where = `${request.method()} ${request.url()}`;
        if (request.serviceWorker()) leaks.push(`${where}: fetched by the service worker itself`);
        else if ((await request.response())?.fromServiceWorker()) continue;
        else if (!(request.failure() && failedByTheMocks(request.method(), request.url()))) leaks.push(`${where}: not answered by the mock service worker`);
      }
      return leaks;
    },
  };
}

test('at least one page embeds a sandbox', () => {
  expect(examples.length).toBeGreaterThan(0);
});

for (const { slug, page, variants } of examples) {
  for (const variant of variants) {
    test(`${slug} · ${variant.label}: every claim holds, nothing leaves the browser, and its frame has no WCAG 2.2 AA violations`, async ({ page: browser, baseURL, context }) => {
      const outside = recordRequestsToOtherOrigins(context, new URL(baseURL!).origin);
      await browser.goto(`${page}?${slug}=${variant.name}`);
      const sandbox = sandboxOf(browser, slug);
      await openVariant(sandbox, variant.name);
      const driver = browserDriver(sandbox, sandbox.frameLocator('iframe'), baseURL!);
      const skipped = await runPlan(variant.plan, driver, { timeoutMs: 15_000, report: (title, body) => test.step(title, body) });
      expect(skipped, 'a real browser skips no claim').toEqual([]);
      const { network } = await driver.observe();
      const failedByTheMocks = (method: string, url: string) => network.some((entry) => entry.method === method && entry.url === url && entry.failed);
      expect(await outside.leaks(failedByTheMocks), 'requests that left the browser').toEqual([]);
      // A broken variant may fail before it makes any request; a working chat always reaches the mock API.
      if (variant.kind === 'fixed') expect(outside.count(), 'the chat made no request to another origin, so this proved nothing').toBeGreaterThan(0);

      const frame = browser.frames().find((candidate) => new URL(candidate.url()).pathname === `/sandbox/${slug}/${variant.name}/`);
      expect(frame, 'the sandbox frame').toBeDefined();
      const { violations, passes } = await scanFrameDocument(browser, frame!);
      expect(violations).toEqual([]);
      expect(passes, 'axe found nothing to check in the frame document').toBeGreaterThan(0);
    });
  }
}
