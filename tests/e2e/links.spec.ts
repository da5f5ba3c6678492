// Links: on every built page, every internal <a href> resolves to a built file, and every #fragment
// names an element on the page it points to. Reads dist/ only.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const dist = 'dist';
const site = new URL('https://chatkit-troubleshooting.example');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file answers, e.g. dist/foo/index.html → /foo/. */
const urlPathOf = (file: string) => '/' + relative(dist, file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');

/** The built file a URL path is served from, or undefined (directory URLs without a trailing slash too). */
function builtFile(pathname: string): string | undefined {
  const path = join(dist, decodeURIComponent(pathname));
  const candidates = pathname.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html'), `${path}.html`];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

interface ParsedPage {
  hrefs: string[];
  /** Every id, and every <a name>, a #fragment can point to. */
  anchors: Set<string>;
}

const parsedPages = new Map<string, ParsedPage>();

/** Parses a built file with the browser's own HTML parser (no scripts run). */
async function parse(page: Page, file: string): Promise<ParsedPage> {
  if (!parsedPages.has(file)) {
    const { hrefs, anchors } = await page.evaluate((html) => {
      const document = new DOMParser().parseFromString(html, 'text/html');
      return {
        hrefs: [...document.querySelectorAll('a[href]')].map((anchor) => anchor.getAttribute('href')!),
        anchors: [...document.querySelectorAll('[id], a[name]')].map((element) => element.id || element.getAttribute('name')!),
      };
    }, readFileSync(file, 'utf8'));
    parsedPages.set(file, { hrefs, anchors: new Set(anchors) });
  }
  return parsedPages.get(file)!;
}

/** Broken internal links on one page, as "href: why" lines, and how many internal links it has. */
async function checkLinks(page: Page, file: string): Promise<{ internal: number; broken: string[] }> {
  const pageUrl = new URL(urlPathOf(file), site);
  const broken: string[] = [];
  let internal = 0;
  for (const href of (await parse(page, file)).hrefs) {
    const target = new URL(href, pageUrl);
    if (target.origin !== site.origin) continue;
    internal++;
    const targetFile = builtFile(target.pathname);
    if (!targetFile) {
      broken.push(`${href}: nothing is built at ${target.pathname}`);
      continue;
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && targetFile.endsWith('.html') && !(await parse(page, targetFile)).anchors.has(fragment)) {
      broken.push(`${href}: ${target.pathname} has no element with id "${fragment}"`);
    }
  }
  return { internal, broken };
}

const files = htmlFiles(dist);

test('the link check finds the built pages', () => {
  expect(files.map(urlPathOf)).toEqual(expect.arrayContaining(['/', '/invalid-client-secret/']));
});

test('the link check reports a missing page and a missing #id', async ({ page }) => {
  expect(builtFile('/no-such-page/')).toBeUndefined();
  expect(builtFile('/')).toBe(join(dist, 'index.html'));
  const { anchors } = await parse(page, join(dist, 'index.html'));
  expect(anchors.has('_top')).toBe(true);
  expect(anchors.has('no-such-heading')).toBe(false);
});

for (const file of files) {
  const path = urlPathOf(file);
  test(`every internal link and #fragment on ${path} resolves`, async ({ page }) => {
    const { internal, broken } = await checkLinks(page, file);
    if (!path.startsWith('/sandbox/')) expect(internal, 'a docs page links at least to the sidebar').toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });
}
