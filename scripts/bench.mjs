// `npm run bench`: build time, page weights against their budgets, every frame's JS (and proof that it
// does not grow when an example is added), and for every sandbox variant the time from navigating to
// its frame document to `chatkit.ready` (median of 5, cold and warm), measured with Chromium against
// `astro preview` of the build. Writes bench-results/latest.json and prints the change against the
// previous one. Figures, not tests: a run never fails on a number.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable, ensureChromium } from './browser.mjs';
import {
  budgetVerdicts,
  conformanceBudgetSeconds,
  pythonSetupBudgetSeconds,
  buildSecondsBudget,
  finderBudgets,
  formatKB,
  frameReadyBudgetMs,
  sizeBudgets,
  simulatorBudgetBytes,
  simulatorReadyBudgetMs,
} from './budgets.mjs';
import { finderGzipBytes, finderTimings } from './bench-finder.mjs';
import { frameWeightsWithThrowawayExample, throwawaySlug } from './bench-flatness.mjs';
import { measureSite } from './page-weight.mjs';
import { setOptionsToReadyMs, simulatorGzipBytes } from './bench-simulator.mjs';

const resultsFile = 'bench-results/latest.json';
const port = 4329;
const origin = `http://127.0.0.1:${port}`;
const samples = 5;
/** How long a sample waits for ChatKit to report ready or an error before it counts as "n/a". */
const settleTimeoutMs = 10_000;

const median = (values) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value) => (value === null ? null : Math.round(value));

function build() {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('The build failed; run `npx astro build` to see why.');
  return Number(((performance.now() - started) / 1000).toFixed(1));
}

/** Every sandbox frame document in the build, e.g. "/sandbox/invalid-client-secret/fixed/", from its catalog. */
function frameDocuments(dist = 'dist') {
  const { examples } = JSON.parse(readFileSync(`${dist}/sandbox/catalog.json`, 'utf8'));
  return examples.flatMap(({ slug, variants }) => variants.map(({ name }) => `/sandbox/${slug}/${name}/`));
}

async function startPreview() {
  // --ignore-lock: run alongside any preview server already running for this project, without touching it.
  const args = ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)];
  const server = spawn('npx', args, { stdio: 'ignore', detached: true });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited (code ${server.exitCode}); is port ${port} free?`);
    try {
      if ((await fetch(`${origin}/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('astro preview did not answer within 60 s.');
}

/**
 * Marks, as epoch milliseconds taken inside the page: when each document's navigation started
 * (a frame may reload itself once to let the mock service worker take control) and when ChatKit first
 * reported ready or an error, or the sandbox showed a boot failure.
 */
async function instrument(context, marks) {
  await context.exposeBinding('__benchMark', (_source, name, at) => marks.push({ name, at }));
  await context.addInitScript(() => {
    const mark = (name) => window.__benchMark(name, performance.timeOrigin + performance.now());
    window.__benchMark('navigation', performance.timeOrigin);
    for (const name of ['chatkit.ready', 'chatkit.error']) document.addEventListener(name, () => mark(name), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.boot-failure')) return;
      mark('boot failure');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Navigation → first ready, and navigation → first ready or error ("settled"), from one load's marks. */
function readMarks(marks) {
  const navigations = marks.filter((mark) => mark.name === 'navigation').map((mark) => mark.at);
  if (navigations.length === 0) throw new Error('The page never reported its navigation: the bench instrumentation did not load.');
  const start = Math.min(...navigations);
  const first = (names) => marks.filter((mark) => names.includes(mark.name)).sort((a, b) => a.at - b.at)[0];
  const ready = first(['chatkit.ready']);
  const settled = first(['chatkit.ready', 'chatkit.error', 'boot failure']);
  return { readyMs: ready ? ready.at - start : null, settledMs: settled ? settled.at - start : null, outcome: settled?.name ?? 'n/a' };
}

async function waitForSettled(marks) {
  const deadline = Date.now() + settleTimeoutMs;
  while (Date.now() < deadline && !marks.some((mark) => mark.name !== 'navigation')) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** One cold load (a fresh browser context: no cache, no service worker) and one warm reload in it. */
async function sample(browser, path) {
  const context = await browser.newContext();
  const marks = [];
  await instrument(context, marks);
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${path}`);
    await waitForSettled(marks);
    const cold = readMarks(marks);
    marks.length = 0;
    await page.reload();
    await waitForSettled(marks);
    return { cold, warm: readMarks(marks) };
  } finally {
    await context.close();
  }
}

function summarise(loads) {
  const outcomes = [...new Set(loads.map((load) => load.outcome))];
  return {
    readyMs: loads.every((load) => load.readyMs !== null) ? round(median(loads.map((load) => load.readyMs))) : null,
    settledMs: round(median(loads.filter((load) => load.settledMs !== null).map((load) => load.settledMs))),
    outcome: outcomes.join(' / '),
  };
}

async function measureSandboxes(paths) {
  const server = await startPreview();
  const browser = await chromium
    .launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] })
    .catch((error) => {
      process.kill(-server.pid);
      throw error;
    });
  try {
    const timings = {};
    for (const path of paths) {
      const runs = [];
      for (let run = 0; run < samples; run++) runs.push(await sample(browser, path));
      timings[path] = { cold: summarise(runs.map((run) => run.cold)), warm: summarise(runs.map((run) => run.warm)) };
    }
    const readyFrame = paths.find((path) => path.endsWith('/fixed/'));
    const page = await browser.newPage();
    const simulatorReadyMs = readyFrame ? round(await setOptionsToReadyMs(page, `${origin}${readyFrame}`, samples)) : null;
    return { timings, simulatorReadyMs };
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
}

const describeTiming = ({ readyMs, settledMs, outcome }) =>
  readyMs !== null ? `ready ${readyMs} ms` : settledMs !== null ? `${outcome} ${settledMs} ms` : 'n/a';

/** Seconds a command takes, or null when it fails. */
function timed(command, args, env = {}) {
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  return status === 0 ? Number(((performance.now() - started) / 1000).toFixed(1)) : null;
}

/** A fresh machine's Python setup (a scratch venv, no pip cache) and the conformance suite. */
function measurePython() {
  const scratch = 'bench-results/scratch-venv';
  rmSync(scratch, { recursive: true, force: true });
  const setup = timed(process.execPath, ['scripts/python-env.mjs'], { PYTHON_VENV: resolve(scratch), PIP_NO_CACHE_DIR: '1' });
  rmSync(scratch, { recursive: true, force: true });
  timed(process.execPath, ['scripts/python-env.mjs']);
  const conformance = timed('npx', ['vitest', 'run', 'tests/unit/conformance.test.ts']);
  return {
    'Python environment from scratch, no pip cache': { seconds: setup, budget: pythonSetupBudgetSeconds },
    'conformance suite (vitest run tests/unit/conformance.test.ts)': { seconds: conformance, budget: conformanceBudgetSeconds },
  };
}

function readPrevious() {
  try {
    return JSON.parse(readFileSync(resultsFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function printDelta(previous, figures) {
  if (!previous?.figures) return console.log('\nNo previous bench-results/latest.json to compare with.');
  console.log(`\nChange since the previous run (${previous.date}):`);
  for (const [name, value] of Object.entries(figures)) {
    const before = previous.figures[name];
    if (typeof before !== 'number' || value === null) {
      console.log(`  ${name.padEnd(72)} ${before ?? 'n/a'} → ${value ?? 'n/a'}`);
      continue;
    }
    const change = value - before;
    const percent = before === 0 ? '' : ` (${change >= 0 ? '+' : ''}${((change / before) * 100).toFixed(1)}%)`;
    console.log(`  ${name.padEnd(72)} ${String(before).padStart(8)} → ${String(value).padStart(8)}  ${change >= 0 ? '+' : ''}${Number(change.toFixed(1))}${percent}`);
  }
}

const previous = readPrevious();
const figures = {};
const budgets = {};

console.log('Building…');
const buildSeconds = build();
figures['build time (s)'] = buildSeconds;
budgets['build time (s)'] = buildSecondsBudget;
console.log(`build time                                              ${buildSeconds} s   budget ${buildSecondsBudget} s`);

const weights = measureSite('dist');
console.log('\nSize (gzip), heaviest of each kind:');
for (const { label, value, max, where, ok } of budgetVerdicts(weights)) {
  figures[`${label} (gzip bytes)`] = value;
  budgets[`${label} (gzip bytes)`] = max;
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${label.padEnd(54)} ${formatKB(value).padStart(9)} of ${formatKB(max).padStart(9)}  (${where})`);
}

const finderSize = finderGzipBytes('dist');
const finderTime = await finderTimings();
const finderFigures = [
  ['symptom finder script with its index (gzip bytes)', finderSize.total, finderBudgets.bytes, formatKB],
  ['symptom finder answer on a 100-page index, median (ms)', finderTime.medianMs, finderBudgets.answerMs, (ms) => `${ms} ms`],
  ['symptom finder answer on a 100-page index, 95th percentile (ms)', finderTime.p95Ms, finderBudgets.answerMs, (ms) => `${ms} ms`],
  ['symptom finder index build, 100 pages (ms)', finderTime.indexBuildMs, undefined, (ms) => `${ms} ms`],
];
console.log(
  `\nSymptom finder: script ${formatKB(finderSize.script)} + index of ${finderSize.pages} pages ${formatKB(finderSize.index)}; ` +
    `${finderTime.samples} pastes timed in Node on a generated index of ${finderTime.lines} lines:`,
);
for (const [label, value, max, format] of finderFigures) {
  figures[label] = value;
  if (max !== undefined) budgets[label] = max;
  const verdict = max === undefined ? '    ' : value <= max ? 'ok  ' : 'OVER';
  console.log(`  ${verdict} ${label.padEnd(72)} ${format(value).padStart(9)}${max === undefined ? '' : ` of ${format(max)}`}`);
}

const frameBudget = sizeBudgets.find((budget) => budget.key === 'frameJs').max;
console.log('\nEach frame\'s JS (gzip, following imports into its own example only, with the mock service worker):');
for (const [path, { js }] of Object.entries(weights.frames)) {
  figures[`${path} JS (gzip bytes)`] = js;
  console.log(`  ${js <= frameBudget ? 'ok  ' : 'OVER'} ${path.padEnd(54)} ${formatKB(js).padStart(9)} of ${formatKB(frameBudget).padStart(9)}`);
}
console.log(`\nThe same frames in a build with one more example (${throwawaySlug}) on one more page:`);
const withThrowaway = frameWeightsWithThrowawayExample();
let flat = true;
for (const [path, { js }] of Object.entries(weights.frames)) {
  const after = withThrowaway[path]?.js;
  flat &&= after === js;
  console.log(`  ${after === js ? 'same' : 'DIFF'} ${path.padEnd(54)} ${formatKB(js).padStart(9)} → ${after === undefined ? 'missing' : formatKB(after).padStart(9)}`);
}
figures['frames keep their JS when an example is added (1 = yes)'] = flat ? 1 : 0;
console.log(`  ${flat ? 'Flat' : 'NOT flat'}: adding an example ${flat ? 'changes no other frame’s JS' : 'changed another frame’s JS'}.`);

ensureChromium();
const paths = frameDocuments();
console.log(`\nSandbox frame navigation → chatkit.ready, median of ${samples} (cold: fresh browser context; warm: reload in it);`);
console.log(`fixed variants' budgets: cold ${frameReadyBudgetMs.cold} ms, warm ${frameReadyBudgetMs.warm} ms:`);
const { timings, simulatorReadyMs } = await measureSandboxes(paths);
const verdict = (path, kind, timing) =>
  !path.includes('/fixed') ? '' : timing.readyMs !== null && timing.readyMs <= frameReadyBudgetMs[kind] ? ' ok' : ' OVER';
for (const [path, { cold, warm }] of Object.entries(timings)) {
  console.log(`  ${path.padEnd(56)} cold ${(describeTiming(cold) + verdict(path, 'cold', cold)).padEnd(26)} warm ${describeTiming(warm)}${verdict(path, 'warm', warm)}`);
  for (const [kind, timing] of Object.entries({ cold, warm })) {
    figures[`${path} ${kind} → chatkit.ready (ms)`] = timing.readyMs;
    if (timing.readyMs === null) figures[`${path} ${kind} → first ${timing.outcome} (ms)`] = timing.settledMs;
  }
}

const simulatorBytes = await simulatorGzipBytes();
figures['simulator, minified (gzip bytes)'] = simulatorBytes;
budgets['simulator, minified (gzip bytes)'] = simulatorBudgetBytes;
figures['simulator setOptions → chatkit.ready, no API latency (ms)'] = simulatorReadyMs;
budgets['simulator setOptions → chatkit.ready, no API latency (ms)'] = simulatorReadyBudgetMs;
console.log('\nSimulator:');
console.log(`  size, minified                                        ${formatKB(simulatorBytes).padStart(9)} of ${formatKB(simulatorBudgetBytes).padStart(9)}`);
console.log(`  setOptions → chatkit.ready (median of ${samples})           ${String(simulatorReadyMs ?? 'n/a').padStart(6)} ms of ${simulatorReadyBudgetMs} ms`);

console.log('\nPython (the conformance test and the check of examples/*/*.py):');
const pythonFigures = measurePython();
for (const [label, { seconds, budget }] of Object.entries(pythonFigures)) {
  figures[`${label} (s)`] = seconds;
  budgets[`${label} (s)`] = budget;
  console.log(`  ${seconds !== null && seconds <= budget ? 'ok  ' : 'OVER'} ${label.padEnd(60)} ${String(seconds ?? 'failed').padStart(6)} s of ${budget} s`);
}

printDelta(previous, figures);

mkdirSync('bench-results', { recursive: true });
writeFileSync(
  resultsFile,
  JSON.stringify({ date: new Date().toISOString(), budgets, figures, pages: weights.pages, frames: weights.frames, sandboxes: timings }, null, 2) + '\n',
);
console.log(`\nWrote ${resultsFile}`);
