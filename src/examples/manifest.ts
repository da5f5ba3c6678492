/**
 * /sandbox/catalog.json: the catalog as data, written by the build. The end-to-end tests and the bench
 * run on the built site, so they read what was built from here rather than discovering examples again.
 * Building it runs the structure check, so a page or example that breaks it fails the build.
 */
import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { filesOf, loadScenarios } from './catalog';
import type { PageControl } from '../frame-protocol';
import { pageControls, planOf, type ClaimPlan, type IntegrationMode } from './scenario';
import { findStructureProblems } from './structure';

export interface ManifestVariant {
  name: string;
  kind: 'broken' | 'fixed';
  label: string;
  mode: IntegrationMode;
  files: string[];
  plan: ClaimPlan;
}

export interface ManifestExample {
  slug: string;
  /** The page that embeds it, e.g. "/invalid-client-secret/". */
  page: string;
  variants: ManifestVariant[];
  /** The controls its sandbox offers beside the frame ("Skip N minutes", "Remount N×"…). */
  controls: PageControl[];
}

export interface ManifestPage {
  /** URL path, e.g. "/" or "/invalid-client-secret/". */
  path: string;
  file: string;
  errors: string[];
  symptoms: string[];
  examples: string[];
}

export interface Manifest {
  pages: ManifestPage[];
  examples: ManifestExample[];
}

export const GET: APIRoute = async () => {
  const entries = await getCollection('docs');
  const pages: ManifestPage[] = entries.map((entry) => ({
    path: entry.id === 'index' ? '/' : `/${entry.id}/`,
    file: entry.filePath ?? `content/${entry.id}.mdx`,
    errors: entry.data.errors,
    symptoms: entry.data.symptoms,
    examples: entry.data.example ?? [],
  }));
  const scenarios = await loadScenarios();
  const problems = findStructureProblems(
    pages,
    [...scenarios].map(([slug, scenario]) => ({ slug, scenario, files: filesOf(slug) })),
  );
  if (problems.length > 0) throw new Error(`The sandbox structure check failed:\n- ${problems.join('\n- ')}`);

  const examples: ManifestExample[] = [...scenarios].map(([slug, scenario]) => ({
    slug,
    page: pages.find((page) => page.examples.includes(slug))!.path,
    controls: pageControls(scenario),
    variants: Object.entries(scenario.variants).map(([name, variant]) => ({
      name,
      kind: variant.kind,
      label: variant.label,
      mode: variant.world?.mode ?? scenario.world.mode,
      files: variant.files,
      plan: planOf(scenario, variant),
    })),
  }));
  const manifest: Manifest = { pages, examples };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/json' } });
};
