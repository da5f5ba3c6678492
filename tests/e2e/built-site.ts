import { readFileSync } from 'node:fs';
import type { Manifest, ManifestExample } from '../../src/examples/manifest';

/** The real site's build, and the fixture site's the machinery tests run on. */
export const siteDist = 'dist';
export const fixtureDist = 'tests/fixtures/sandbox-site/dist';

/** What a build says of its pages and examples (/sandbox/catalog.json, written by the build from the catalog). */
export function builtManifest(dist = siteDist): Manifest {
  return JSON.parse(readFileSync(`${dist}/sandbox/catalog.json`, 'utf8')) as Manifest;
}

export const builtExamples = (dist = siteDist): ManifestExample[] => builtManifest(dist).examples;

/** Every page path in a build's sitemap (the sandbox frames are not in it), e.g. "/invalid-client-secret/". */
export function sitemapPaths(dist = siteDist): string[] {
  const xml = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
