// Symptom finder figures for `npm run bench`: the gzip size of the finder's script on the landing page
// with its embedded index (from a build), and the time one answer takes in Node on a generated 100-page
// index, median and 95th percentile over many realistic pastes. Run alone: node scripts/bench-finder.mjs [distDir]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/** The finder's module script on the landing page and every chunk it imports statically, plus its JSON index. */
export function finderGzipBytes(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = /<script type="module" src="(\/[^"]*SymptomFinder[^"]*\.js)"/.exec(html)?.[1];
  const data = /<script type="application\/json" data-finder-pages>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!entry || data === undefined) throw new Error(`${distDir}/index.html has no symptom finder.`);
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(join(distDir, path))) return 0;
    seen.add(path);
    const source = readFileSync(join(distDir, path), 'utf8');
    const imports = [...source.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g)];
    return gzipBytes(source) + imports.reduce((sum, [, specifier]) => sum + visit(new URL(specifier, `http://site${path}`).pathname), 0);
  };
  const script = visit(entry);
  const index = gzipBytes(data);
  return { script, index, total: script + index, pages: JSON.parse(data).pages.length };
}

/** The finder's matching code, bundled for Node from src/finder/. */
async function loadFinder() {
  const result = await build({
    stdin: {
      contents: "export { buildFinderIndex } from './finder-index.ts'; export { findPages } from './match.ts';",
      resolveDir: 'src/finder',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
}

/** A small deterministic random source, so that every run measures the same index and pastes. */
function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: (list) => list[Math.floor(next() * list.length)], int: (low, high) => low + Math.floor(next() * (high - low + 1)) };
}

const commonWords =
  'the a of to in is not and for when with after on from was cannot failed error request response session chat widget server client page message reply stream token key domain file upload type property value option'.split(' ');
const syllables = 'ka lo mi ne ru sa ti vo pe da gi ho ju ly ze fa bo ci du ex'.split(' ');

/** 100 pages shaped like today's: a dozen error texts (some with identifiers and quotes), symptoms, headings. */
export function syntheticPages(count = 100, seed = 1) {
  const random = randomSource(seed);
  const word = () => Array.from({ length: random.int(2, 4) }, () => random.pick(syllables)).join('');
  const vocabulary = Array.from({ length: 3_000 }, word);
  const rare = () => random.pick(vocabulary);
  const identifier = () => `${rare()}${rare().replace(/^./, (first) => first.toUpperCase())}${random.next() < 0.5 ? 'Error' : ''}`;
  const sentence = (length) =>
    Array.from({ length }, () => (random.next() < 0.55 ? random.pick(commonWords) : random.next() < 0.2 ? `'${identifier()}'` : rare())).join(' ');
  return Array.from({ length: count }, (_, page) => ({
    href: `/page-${page}/`,
    title: sentence(random.int(3, 8)),
    modes: random.next() < 0.5 ? ['custom-server'] : ['custom-server', 'hosted'],
    errors: Array.from({ length: random.int(4, 14) }, () => `${random.pick(['TypeError: ', 'Error: ', '', ''])}${sentence(random.int(4, 22))}.`),
    symptoms: Array.from({ length: random.int(3, 8) }, () => sentence(random.int(5, 12))),
    headings: Array.from({ length: random.int(2, 10) }, () => sentence(random.int(2, 6))),
  }));
}

/** What readers paste: a page's error wrapped in the usual noise, a symptom in other words, and the odd monster. */
export function syntheticPastes(pages, count = 300, seed = 2) {
  const random = randomSource(seed);
  const frames = (lines) =>
    Array.from({ length: lines }, (_, line) => `    at ${random.pick(['render', 'commit', 'fetchSecret', 'Object.create'])} (https://app.example.com/assets/index-Cx81aF3b.js:${line + 2}:${random.int(100, 99_999)})`).join('\n');
  const wraps = [
    (text) => `Uncaught ${text}\n${frames(random.int(3, 25))}`,
    (text) => `Uncaught (in promise) ${text}`,
    (text) => `{"error":{"message":${JSON.stringify(text)},"type":"invalid_request_error","param":null,"code":null}}`,
    (text) => `${text} (request id: req_${random.int(1e9, 9e9).toString(16)})`,
    (text) => `POST https://api.example.com/v1/chatkit/${random.int(1, 9)} 400\n${text}`,
    (text) => text.split(' ').slice(0, random.int(2, 6)).join(' '),
    (text) => `${text}\n${'console noise line with nothing to match\n'.repeat(random.int(10, 200))}`,
  ];
  return Array.from({ length: count }, (_, index) => {
    if (index % 100 === 99) return `Uncaught TypeError: x\n${frames(2_000)}`; // 150 KB, stack trace only
    const page = random.pick(pages);
    if (random.next() < 0.25) return random.pick(page.symptoms).split(' ').reverse().join(' ');
    return random.pick(wraps)(random.pick(page.errors));
  });
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** Build time of the 100-page index, and one answer's time (median and 95th percentile), in ms. */
export async function finderTimings({ pages = 100, pastes = 300, rounds = 5 } = {}) {
  const { buildFinderIndex, findPages } = await loadFinder();
  const generated = syntheticPages(pages);
  const builds = [];
  let index;
  for (let run = 0; run < rounds; run++) {
    const started = performance.now();
    index = buildFinderIndex(generated);
    builds.push(performance.now() - started);
  }
  const inputs = syntheticPastes(generated, pastes);
  for (const paste of inputs.slice(0, 50)) findPages(index, paste); // warm up the JIT as a reader's first keystrokes do
  const answers = [];
  for (let round = 0; round < rounds; round++) {
    for (const paste of inputs) {
      const started = performance.now();
      findPages(index, paste);
      answers.push(performance.now() - started);
    }
  }
  answers.sort((a, b) => a - b);
  builds.sort((a, b) => a - b);
  const round2 = (value) => Number(value.toFixed(2));
  return {
    lines: index.lines.length,
    indexBuildMs: round2(quantile(builds, 0.5)),
    medianMs: round2(quantile(answers, 0.5)),
    p95Ms: round2(quantile(answers, 0.95)),
    maxMs: round2(answers.at(-1)),
    samples: answers.length,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.argv[2] ?? 'dist';
  if (existsSync(join(distDir, 'index.html'))) console.log('size (gzip bytes):', finderGzipBytes(distDir));
  console.log('timings:', await finderTimings());
}
