// Which Chromium the end-to-end tests drive, and how to get one on a fresh machine.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

/** The system Chromium when there is one, otherwise Playwright's own browser (undefined = Playwright's default). */
export function chromiumExecutable() {
  return existsSync(systemChromium) ? systemChromium : undefined;
}

function playwrightChromiumInstalled() {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

const isRootOnDebian = () => process.getuid?.() === 0 && existsSync('/etc/debian_version');

/** Makes sure a Chromium exists, installing one where this machine can; throws one sentence otherwise. */
export function ensureChromium() {
  if (chromiumExecutable() || playwrightChromiumInstalled()) return;
  if (isRootOnDebian()) {
    console.log('No Chromium found: installing the Debian package "chromium"…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    throw new Error(
      'No Chromium for the end-to-end tests: install one (Debian: `apt-get install -y chromium`; elsewhere: `npx playwright install chromium`) and run the tests again.',
    );
  }
}
