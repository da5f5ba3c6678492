import { setupWorker, type SetupWorker } from 'msw/browser';

const reloadFlag = 'chatkit-sandbox:reloaded-for-worker';

/**
 * Starts MSW for this sandbox only: one service worker registration per sandbox folder, under a
 * unique script URL, so no other frame's handlers answer this frame's requests (see ARCHITECTURE.md).
 * Its handlers come later, with `worker.use`. Returns undefined when the page is about to reload once
 * to let the new worker take control.
 */
export async function startMocking(scope: string): Promise<SetupWorker | undefined> {
  const worker = setupWorker();
  await worker.start({
    serviceWorker: {
      url: `${import.meta.env.BASE_URL}mockServiceWorker.js?scope=${encodeURIComponent(scope)}`,
      options: { scope },
    },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  const flag = `${reloadFlag}:${scope}`;
  if (!navigator.serviceWorker.controller) {
    if (!sessionStorage.getItem(flag)) {
      sessionStorage.setItem(flag, '1');
      location.reload();
      return undefined;
    }
    throw new Error('The mock service worker does not control this sandbox, so its requests would reach the real network.');
  }
  sessionStorage.removeItem(flag);
  return worker;
}
