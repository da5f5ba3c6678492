// The size budget check `npm test` runs after the build: prints each figure against its budget
// (scripts/budgets.mjs) and exits non-zero when one is over. Usage: check-budgets.mjs [distDir]
import { existsSync } from 'node:fs';
import { budgetVerdicts, formatKB } from './budgets.mjs';
import { measureSite } from './page-weight.mjs';

const distDir = process.argv[2] ?? 'dist';
if (!existsSync(distDir)) {
  console.error(`No build in ${distDir}/: run \`npx astro build\` first.`);
  process.exit(1);
}

const weights = measureSite(distDir);
const pageCount = Object.keys(weights.pages).length;
if (pageCount === 0) {
  console.error(`${distDir}/ has no pages to measure.`);
  process.exit(1);
}

console.log(`Size budgets (gzip), over ${pageCount} pages and ${Object.keys(weights.frames).length} sandbox frame documents:`);
const verdicts = budgetVerdicts(weights);
for (const { label, value, max, where, ok } of verdicts) {
  console.log(`  ${ok ? 'ok  ' : 'OVER'} ${label.padEnd(54)} ${formatKB(value).padStart(9)} of ${formatKB(max).padStart(9)}  (${where})`);
}
for (const [path, { js }] of Object.entries(weights.frames)) console.log(`       frame ${path.padEnd(48)} ${formatKB(js).padStart(9)}`);

const over = verdicts.filter((verdict) => !verdict.ok);
if (over.length > 0) {
  console.error(`Over budget: ${over.map(({ label, value, max }) => `${label} ${formatKB(value)} > ${formatKB(max)}`).join('; ')}.`);
  process.exit(1);
}
