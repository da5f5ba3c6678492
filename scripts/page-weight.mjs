// What the built site makes the browser download, in gzip bytes, measured from dist/ alone:
// - per page: its HTML, the scripts it references before any sandbox frame loads (following static
//   imports between chunks) and its stylesheets;
// - per sandbox frame document (/sandbox/<slug>/<variant>/): all the JS it runs, following static and
//   dynamic imports, plus the mock service worker it registers; and all sandbox JS together, each file once.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/** The service worker script every sandbox frame registers (src/sandbox/start-mocking.ts). */
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

/** Adds a JS file and every chunk it imports to `seen` (URL paths); returns the gzip bytes of the files added. */
function scriptClosure(distDir, urlPath, seen, { followDynamic }) {
  if (seen.has(urlPath)) return 0;
  seen.add(urlPath);
  const source = readFileSync(join(distDir, urlPath));
  let total = gzipBytes(source);
  const text = source.toString('utf8');
  const specifiers = followDynamic ? [...staticImports(text), ...dynamicImports(text)] : staticImports(text);
  for (const specifier of specifiers) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    const resolved = new URL(specifier, `http://site${urlPath}`).pathname;
    if (!existsSync(join(distDir, resolved))) continue; // e.g. pagefind.js, made after the bundle
    total += scriptClosure(distDir, resolved, seen, { followDynamic });
  }
  return total;
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
    const js = documentScripts(distDir, html, new Set(), { followDynamic: false });
    let css = 0;
    for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)) css += gzipBytes(readFileSync(join(distDir, href)));
    weights[path] = { html: gzipBytes(html), js, css };
  }
  return weights;
}

/**
 * JS of every sandbox frame document: `frames` per document (each counted on its own), and `sandboxJs`,
 * all of it together with each file counted once, which is what a reader downloads running every variant.
 */
export function sandboxWeights(distDir = 'dist') {
  const frames = {};
  const everything = new Set();
  let sandboxJs = 0;
  const worker = existsSync(join(distDir, mockServiceWorker)) ? gzipBytes(readFileSync(join(distDir, mockServiceWorker))) : 0;
  for (const file of htmlFiles(distDir)) {
    const path = urlPathOf(distDir, file);
    if (!path.startsWith('/sandbox/')) continue;
    const html = readFileSync(file, 'utf8');
    frames[path] = { js: documentScripts(distDir, html, new Set(), { followDynamic: true }) + worker };
    sandboxJs += documentScripts(distDir, html, everything, { followDynamic: true });
  }
  if (Object.keys(frames).length > 0) sandboxJs += worker;
  return { frames, sandboxJs };
}

/** Everything budgets.mjs checks: { pages, frames, sandboxJs }. */
export function measureSite(distDir = 'dist') {
  return { pages: pageWeights(distDir), ...sandboxWeights(distDir) };
}
