// What the built site makes the browser download, in gzip bytes, measured from dist/ alone:
// - per page: its HTML, the scripts it references before any sandbox frame loads (following static
//   imports between chunks) and its stylesheets;
// - per sandbox frame document (/sandbox/<slug>/<variant>/): all the JS it runs, following static and
//   dynamic imports but never into another example's chunks (dist/sandbox/chunks.json says which chunk
//   holds which example), plus the mock service worker it registers.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/** The service worker script every sandbox frame registers (src/frame/start-mocking.ts). */
const mockServiceWorker = '/mockServiceWorker.js';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function staticImports(jsSource) {
  const imports = jsSource.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g);
  const reExports = jsSource.matchAll(/(?:^|[;\n}])\s*export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g);
  return [...imports, ...reExports].map((m) => m[1]);
}

function dynamicImports(jsSource) {
  return [...jsSource.matchAll(/\bimport\(\s*(?:"([^"]+)"|'([^']+)'|`([^`$]+)`)\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/**
 * Adds a JS file and every chunk it imports to `seen` (URL paths); returns the gzip bytes of the files
 * added. `followDynamic(path)` says which lazily imported chunks count.
 */
function scriptClosure(distDir, urlPath, seen, options) {
  if (seen.has(urlPath)) return 0;
  seen.add(urlPath);
  const source = readFileSync(join(distDir, urlPath));
  let total = gzipBytes(source);
  const text = source.toString('utf8');
  const resolve = (specifier) => new URL(specifier, `http://site${urlPath}`).pathname;
  const local = (specifier) => specifier.startsWith('.') || specifier.startsWith('/');
  const targets = [
    ...staticImports(text).filter(local).map(resolve),
    ...dynamicImports(text).filter(local).map(resolve).filter((path) => options.followDynamic(path)),
  ];
  for (const resolved of targets) {
    if (!existsSync(join(distDir, resolved))) continue; // e.g. pagefind.js, made after the bundle
    total += scriptClosure(distDir, resolved, seen, options);
  }
  return total;
}

/** Which example folders each chunk holds (the chunk graph the build writes, src/site.ts), keyed by URL path. */
function chunkExamples(distDir) {
  const file = join(distDir, 'sandbox/chunks.json');
  if (!existsSync(file)) return new Map();
  const { chunks } = JSON.parse(readFileSync(file, 'utf8'));
  return new Map(Object.entries(chunks).map(([path, chunk]) => [path, chunk.examples]));
}

/** The chunks a frame document names in its island's props (its variant's scenario and component). */
function variantChunks(html) {
  const props = /<astro-island[^>]*\sprops="([^"]*)"/.exec(html)?.[1]?.replaceAll('&quot;', '"') ?? '';
  return [...props.matchAll(/"(\/[^"]+\.js)"/g)].map((match) => match[1]);
}

/**
 * Gzip bytes of the JS an HTML document loads: its script tags, inline module scripts and the component
 * and renderer of each Astro island, with their imports.
 */
function documentScripts(distDir, html, seen, options) {
  let js = 0;
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)) js += scriptClosure(distDir, src, seen, options);
  for (const [island] of html.matchAll(/<astro-island[^>]*>/g)) {
    for (const [, src] of island.matchAll(/\s(?:component|renderer)-url="(\/[^"]+)"/g)) js += scriptClosure(distDir, src, seen, options);
  }
  for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    if (/^\s*[[{]/.test(body)) continue; // JSON data islands are not code
    js += gzipBytes(body);
    for (const specifier of staticImports(body)) if (specifier.startsWith('/')) js += scriptClosure(distDir, specifier, seen, options);
  }
  return js;
}

function urlPathOf(distDir, file) {
  return '/' + relative(distDir, file).split(sep).join('/').replace(/index\.html$/, '');
}

/** Page weights (gzip bytes) for every HTML page in distDir except sandbox frames and the 404 page, keyed by URL path. */
export function pageWeights(distDir = 'dist') {
  const weights = {};
  for (const file of htmlFiles(distDir)) {
    const path = urlPathOf(distDir, file);
    if (path.startsWith('/sandbox/') || path === '/404.html') continue;
    const html = readFileSync(file, 'utf8');
    const js = documentScripts(distDir, html, new Set(), { followDynamic: () => false });
    let css = 0;
    for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)) css += gzipBytes(readFileSync(join(distDir, href)));
    weights[path] = { html: gzipBytes(html), js, css };
  }
  return weights;
}

/** JS of every sandbox frame document, each counted on its own, keyed by URL path. */
export function frameWeights(distDir = 'dist') {
  const frames = {};
  const examplesOf = chunkExamples(distDir);
  const worker = existsSync(join(distDir, mockServiceWorker)) ? gzipBytes(readFileSync(join(distDir, mockServiceWorker))) : 0;
  for (const file of htmlFiles(distDir)) {
    const path = urlPathOf(distDir, file);
    if (!path.startsWith('/sandbox/')) continue;
    const slug = path.split('/')[2];
    const ownOrShared = (chunk) => {
      const examples = examplesOf.get(chunk) ?? [];
      return examples.length === 0 || examples.includes(slug);
    };
    const html = readFileSync(file, 'utf8');
    const seen = new Set();
    let js = documentScripts(distDir, html, seen, { followDynamic: ownOrShared }) + worker;
    for (const chunk of variantChunks(html)) js += scriptClosure(distDir, chunk, seen, { followDynamic: ownOrShared });
    frames[path] = { js };
  }
  return frames;
}

/** Everything budgets.mjs checks: { pages, frames }. */
export function measureSite(distDir = 'dist') {
  return { pages: pageWeights(distDir), frames: frameWeights(distDir) };
}
