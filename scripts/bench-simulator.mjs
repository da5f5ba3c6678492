// Simulator figures for `npm run bench`: its minified gzip size, and the time from setOptions to
// chatkit.ready against the mocked API with no latency, measured in a real browser inside a sandbox frame.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export async function simulatorGzipBytes() {
  const result = await build({
    entryPoints: ['src/chatkit-sim/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/**
 * In a booted sandbox frame (its MSW mocks running), mints a session through the example's own route,
 * then times a fresh <openai-chatkit> from setOptions to chatkit.ready. Median of `runs`.
 */
export async function setOptionsToReadyMs(page, frameUrl, runs = 5) {
  await page.goto(frameUrl);
  await page.locator('openai-chatkit').waitFor({ state: 'attached' });
  const timings = await page.evaluate(async (count) => {
    const results = [];
    for (let run = 0; run < count; run += 1) {
      const { client_secret: secret } = await (await fetch('/api/chatkit/session', { method: 'POST' })).json();
      const element = document.createElement('openai-chatkit');
      document.body.append(element);
      const ready = new Promise((resolve) => element.addEventListener('chatkit.ready', resolve, { once: true }));
      const started = performance.now();
      element.setOptions({ api: { getClientSecret: async () => secret } });
      await ready;
      results.push(performance.now() - started);
      element.remove();
    }
    return results;
  }, runs);
  return timings.sort((a, b) => a - b)[Math.floor(timings.length / 2)];
}
