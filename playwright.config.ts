import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './scripts/browser.mjs';

const executablePath = chromiumExecutable();
const preview = (root: string, port: number) => ({
  command: `npx astro preview --ignore-lock --root ${root} --host 127.0.0.1 --port ${port}`,
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});
/** Machinery tests run on the fixture site (tests/fixtures/sandbox-site), everything else on the real one. */
const machinery = ['**/sandbox-ui.spec.ts', '**/keyboard.spec.ts', '**/isolation.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'site', testIgnore: machinery, use: { baseURL: 'http://127.0.0.1:4321' } },
    { name: 'machinery', testMatch: machinery, use: { baseURL: 'http://127.0.0.1:4322' } },
  ],
  webServer: [preview('.', 4321), preview('tests/fixtures/sandbox-site', 4322)],
});
