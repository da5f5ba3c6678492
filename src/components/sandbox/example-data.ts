// Build-time only: what a page shows of an example folder. The running code reaches the page solely
// through the sandbox frame's URL; this reads the same files as text and the scenario as data.
import type { Scenario } from '../../scenario';

const scenarioModules = import.meta.glob<Scenario>('/examples/*/scenario.ts', { eager: true, import: 'default' });
const sources = import.meta.glob<string>('/examples/*/*.{ts,tsx}', { eager: true, query: '?raw', import: 'default' });

export function loadScenario(slug: string): Scenario {
  const scenario = scenarioModules[`/examples/${slug}/scenario.ts`];
  if (!scenario) throw new Error(`<Sandbox example="${slug}">: there is no examples/${slug}/scenario.ts.`);
  return scenario;
}

export function readExampleFile(slug: string, file: string): string {
  const source = sources[`/examples/${slug}/${file}`];
  if (source === undefined) throw new Error(`examples/${slug}/scenario.ts names "${file}", which does not exist in examples/${slug}/.`);
  return source;
}
