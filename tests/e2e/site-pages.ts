import { readFileSync } from 'node:fs';

/** Every page path in the built sitemap (the sandbox frames are not in it), e.g. "/invalid-client-secret/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
