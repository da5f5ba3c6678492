import { http, HttpResponse } from 'msw';
import { afterEach, expect, it } from 'vitest';
import { playPageBrowser } from '../../../src/frame/page-browser';
import { CHATKIT_URL, eventNames, mountChatKit, recordEvents, useMswServer, verifyDomainKey } from './helpers';

const server = useMswServer();
const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).reverse().forEach((step) => step()));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Uncaught errors reported on the window; cancelled, so jsdom does not print them as well. */
function catchUncaught(): ErrorEvent[] {
  const caught: ErrorEvent[] = [];
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    caught.push(event);
  };
  window.addEventListener('error', onError);
  undo.push(() => window.removeEventListener('error', onError));
  return caught;
}

it('in an insecure context, throws V8’s TypeError uncaught as it starts, stays blank and never calls the server', async () => {
  const requests: string[] = [];
  server.use(
    verifyDomainKey(),
    http.post(CHATKIT_URL, ({ request }) => {
      requests.push(request.url);
      return HttpResponse.json({ data: [], has_more: false });
    }),
  );
  undo.push(playPageBrowser({ secureContext: false }, () => {}).undo);
  const uncaught = catchUncaught();

  const element = mountChatKit({ api: { url: CHATKIT_URL, domainKey: 'domain_pk_localhost_dev' } });
  const events = recordEvents(element);
  await sleep(100);

  expect(uncaught.map((event) => event.error)).toEqual([new TypeError('crypto.randomUUID is not a function')]);
  expect(element.shadowRoot?.childNodes.length).toBe(0);
  expect(requests).toEqual([]);
  expect(eventNames(events)).toEqual([]);

  element.setOptions({ api: { url: CHATKIT_URL, domainKey: 'domain_pk_localhost_dev' } });
  await sleep(50);
  expect(uncaught, 'it starts once, so it throws once').toHaveLength(1);
});

it('in a secure context, starts as usual', async () => {
  server.use(
    verifyDomainKey(),
    http.post(CHATKIT_URL, () => HttpResponse.json({ data: [], has_more: false })),
  );
  const uncaught = catchUncaught();
  const element = mountChatKit({ api: { url: CHATKIT_URL, domainKey: 'domain_pk_localhost_dev' } });
  const events = recordEvents(element);
  await expect.poll(() => eventNames(events)).toContain('chatkit.ready');
  expect(uncaught).toEqual([]);
});
