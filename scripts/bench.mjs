// Prints the site's speed and size figures against their budgets and writes them to bench-results/latest.json.
// Figures, not tests: a run never fails on a number.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pageWeights } from './page-weight.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const results = { date: new Date().toISOString(), budgets: {}, figures: {} };

function report(name, value, budget, format = (v) => v) {
  results.figures[name] = value;
  results.budgets[name] = budget;
  const verdict = value <= budget ? 'within' : 'OVER';
  console.log(`${name.padEnd(48)} ${String(format(value)).padStart(10)}   budget ${format(budget)} (${verdict})`);
}

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('The build failed; run `npm run build` to see why.');
report('build time (s)', Number(((performance.now() - started) / 1000).toFixed(1)), 30);

const weights = pageWeights('dist');
const heaviest = (key) => Math.max(...Object.values(weights).map((w) => w[key]));
report('heaviest page HTML (gzip)', heaviest('html'), 50 * 1024, kb);
report('heaviest page JS before any sandbox (gzip)', heaviest('js'), 30 * 1024, kb);
report('heaviest page CSS (gzip)', heaviest('css'), 20 * 1024, kb);
results.pages = weights;

mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWrote bench-results/latest.json');
