// What each built page makes the browser download before any sandbox frame loads:
// its HTML, the scripts it references (following static imports between chunks) and its stylesheets.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function staticImports(jsSource) {
  return [...jsSource.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
}

/** Gzip size of a JS file plus every chunk it statically imports, each counted once. */
function scriptClosure(distDir, urlPath, seen) {
  if (seen.has(urlPath)) return 0;
  seen.add(urlPath);
  const source = readFileSync(join(distDir, urlPath));
  let total = gzipBytes(source);
  for (const specifier of staticImports(source.toString('utf8'))) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    const resolved = new URL(specifier, `http://site${urlPath}`).pathname;
    total += scriptClosure(distDir, resolved, seen);
  }
  return total;
}

/** Page weights (gzip bytes) for every HTML page in distDir, keyed by URL path. */
export function pageWeights(distDir = 'dist') {
  const weights = {};
  for (const file of htmlFiles(distDir)) {
    const path = '/' + relative(distDir, file).split(sep).join('/').replace(/index\.html$/, '');
    if (path.startsWith('/sandbox/') || path === '/404.html') continue;
    const html = readFileSync(file, 'utf8');
    const seen = new Set();
    let js = 0;
    for (const [, src] of html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g)) js += scriptClosure(distDir, src, seen);
    for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      if (/^\s*[[{]/.test(body)) continue; // JSON data islands are not code
      js += gzipBytes(body);
      for (const specifier of staticImports(body)) if (specifier.startsWith('/')) js += scriptClosure(distDir, specifier, seen);
    }
    let css = 0;
    for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/[^"]+)"/g)) css += gzipBytes(readFileSync(join(distDir, href)));
    weights[path] = { html: gzipBytes(html), js, css };
  }
  return weights;
}
