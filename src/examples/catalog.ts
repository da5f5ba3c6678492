/**
 * The one catalog of `examples/<slug>/`: the only module that discovers examples. The frame runtime,
 * the build-time code panes, the catalog manifest, the unit tests and (through the manifest) the
 * end-to-end tests and the bench all ask it. Every loader is lazy, so a sandbox frame downloads only
 * its own example's modules, however many examples there are.
 *
 * `/examples/` is the Vite root's folder, so a fixture site with its own root has its own examples.
 */
import type { ComponentType } from 'react';
import { variantAndWorld, variantOf, type LoadedVariant, type Scenario } from './scenario';

const scenarioModules = import.meta.glob<Scenario>('/examples/*/scenario.ts', { import: 'default' });
const componentModules = import.meta.glob<ComponentType>('/examples/*/*.tsx', { import: 'default' });
const sourceFiles = import.meta.glob<string>('/examples/*/*.{ts,tsx,py,widget}', { query: '?raw', import: 'default' });

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

/** The module path (`examples/<slug>/<file>`) of the React component a variant runs. */
export async function componentModuleOf(slug: string, name: string): Promise<string> {
  const component = `examples/${slug}/${variantOf(slug, await loadScenario(slug), name).files[0]}`;
  if (!componentModules[`/${component}`]) throw new Error(`examples/${slug}/scenario.ts: variant "${name}" runs ${component}, which is not a .tsx file there.`);
  return component;
}

/** One variant, its world and its React component: all a frame needs. */
export async function loadVariant(slug: string, name: string): Promise<LoadedVariant> {
  const scenario = await loadScenario(slug);
  const Component = await componentModules[`/${await componentModuleOf(slug, name)}`]!();
  return { scenario, Component, ...variantAndWorld(slug, scenario, name) };
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
