// The whole test command: type-check, the Python environment and its check, unit tests, the production
// build and the fixture site's, size budgets, and end-to-end tests on those builds.
// Ends with one line "N passed, N failed" that counts every test and check that ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './browser.mjs';

const reports = 'test-results/reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const totals = { passed: 0, failed: 0 };
const failedStages = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`◀ ${label}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) failedStages.push(label);
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** A check that is one pass or one failure, such as the type-check or the build. */
function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  return ok;
}

function countVitest(path) {
  const report = readJson(path);
  if (!report) return void (totals.failed += 1);
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
}

function countPlaywright(path) {
  const report = readJson(path);
  if (!report) return void (totals.failed += 1);
  totals.passed += report.stats.expected + report.stats.flaky;
  totals.failed += report.stats.unexpected;
}

check('type-check', 'npx', ['astro', 'check']);
// The conformance unit test runs the real chatkit-python from .venv.
check('Python environment', process.execPath, ['scripts/python-env.mjs']);
check('Python type-check and imports', process.execPath, ['scripts/check-python.mjs']);

run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]);
countVitest(`${reports}/vitest.json`);

const built = [
  check('build', 'npx', ['astro', 'build']),
  check('build the fixture site', 'npx', ['astro', 'build', '--root', 'tests/fixtures/sandbox-site']),
].every(Boolean);

if (built) {
  check('size budgets', process.execPath, ['scripts/check-budgets.mjs']);
  ensureChromium();
  run('end-to-end tests', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` });
  countPlaywright(`${reports}/playwright.json`);
} else {
  console.log('Skipping the size budgets and the end-to-end tests: they run against the builds, which failed.');
}

if (failedStages.length) console.log(`\nFailed: ${failedStages.join(', ')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedStages.length ? 1 : 0);
