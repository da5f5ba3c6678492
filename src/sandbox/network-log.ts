import type { SetupWorker } from 'msw/browser';
import { capText, type NetworkEntry } from '../sandbox-messages';
import { postToHost } from './post-to-host';

async function readBody(message: Request | Response): Promise<string> {
  try {
    return capText(await message.clone().text());
  } catch {
    return '';
  }
}

/**
 * Reports every request the frame makes, including those a mocked backend route makes in turn, with
 * its outcome. A mocked `Response.error()` is what a CORS refusal or a dead server looks like to
 * `fetch`: MSW counts it as answered, the pane shows it as failed, like the browser's network tab.
 */
export function reportNetwork(worker: SetupWorker): void {
  const entries = new Map<string, NetworkEntry & { startedAt: number }>();

  worker.events.on('request:start', async ({ requestId, request }) => {
    const entry = {
      id: requestId,
      method: request.method,
      url: request.url,
      status: null,
      failed: false,
      durationMs: null,
      requestBody: '',
      responseBody: '',
      startedAt: performance.now(),
    };
    entries.set(requestId, entry);
    entry.requestBody = await readBody(request);
  });

  const finish = async (requestId: string, response: Response | undefined) => {
    const entry = entries.get(requestId);
    if (!entry) return;
    entries.delete(requestId);
    const failed = !response || response.type === 'error';
    const { startedAt, ...reported } = entry;
    reported.failed = failed;
    reported.status = failed ? null : response.status;
    reported.durationMs = Math.round(performance.now() - startedAt);
    postToHost({ type: 'network', entry: { ...reported } });
    if (response && !failed) {
      reported.responseBody = await readBody(response);
      postToHost({ type: 'network', entry: reported });
    }
  };

  worker.events.on('response:mocked', ({ requestId, response }) => void finish(requestId, response));
  worker.events.on('response:bypass', ({ requestId, response }) => void finish(requestId, response));
  worker.events.on('unhandledException', ({ requestId, error }) => {
    void finish(requestId, undefined);
    console.error('A mocked route threw:', error);
  });
}
