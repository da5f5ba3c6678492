/**
 * The one catalog of `examples/<slug>/`: the only module that discovers examples. The frame runtime,
 * the build-time code panes, the catalog manifest, the unit tests and (through the manifest) the
 * end-to-end tests and the bench all ask it. Every loader is lazy, so a sandbox frame downloads only
 * its own example's modules, however many examples there are.
 *
 * `/examples/` is the Vite root's folder, so a fixture site with its own root has its own examples.
 */
import type { ComponentType } from 'react';
import { worldOf, type Scenario, type Variant, type World } from './scenario';

const scenarioModules = import.meta.glob<Scenario>('/examples/*/scenario.ts', { import: 'default' });
const componentModules = import.meta.glob<ComponentType>('/examples/*/*.tsx', { import: 'default' });
const sourceFiles = import.meta.glob<string>('/examples/*/*.{ts,tsx,py}', { query: '?raw', import: 'default' });

const slugOf = (path: string) => path.split('/')[2]!;
const scenarioPath = (slug: string) => `/examples/${slug}/scenario.ts`;

/** Every example folder's name, sorted. */
export const exampleSlugs: readonly string[] = Object.keys(scenarioModules).map(slugOf).sort();

export async function loadScenario(slug: string): Promise<Scenario> {
  const load = scenarioModules[scenarioPath(slug)];
  if (!load) throw new Error(`There is no examples/${slug}/scenario.ts (examples: ${exampleSlugs.join(', ') || 'none'}).`);
  return load();
}

export async function loadScenarios(): Promise<Map<string, Scenario>> {
  return new Map(await Promise.all(exampleSlugs.map(async (slug) => [slug, await loadScenario(slug)] as const)));
}

export interface LoadedVariant {
  scenario: Scenario;
  variant: Variant;
  world: World;
  Component: ComponentType;
}

/** One variant, its world and its React component: all a frame needs. */
export async function loadVariant(slug: string, name: string): Promise<LoadedVariant> {
  const scenario = await loadScenario(slug);
  const variant = scenario.variants[name];
  if (!variant) throw new Error(`examples/${slug}/scenario.ts has no variant "${name}" (variants: ${Object.keys(scenario.variants).join(', ')}).`);
  const loadComponent = componentModules[`/examples/${slug}/${variant.files[0]}`];
  if (!loadComponent) throw new Error(`examples/${slug}/scenario.ts: variant "${name}" names ${variant.files[0]}, which is not a .tsx file in examples/${slug}/.`);
  return { scenario, variant, world: worldOf(scenario, variant), Component: await loadComponent() };
}

/** The text of a file in an example folder, exactly as a reader copies it. */
export async function readSource(slug: string, file: string): Promise<string> {
  const load = sourceFiles[`/examples/${slug}/${file}`];
  if (!load) throw new Error(`examples/${slug}/scenario.ts names "${file}", which does not exist in examples/${slug}/.`);
  return load();
}

/** Every file in an example's folder. */
export function filesOf(slug: string): string[] {
  const prefix = `/examples/${slug}/`;
  return Object.keys(sourceFiles)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length));
}
