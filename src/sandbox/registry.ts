import type { ComponentType } from 'react';
import type { Scenario, Variant } from '../scenario';

const scenarioModules = import.meta.glob<{ default: Scenario }>('/examples/*/scenario.ts', { eager: true });
const componentModules = import.meta.glob<{ default: ComponentType }>('/examples/*/*.tsx', { eager: true });

const slugOf = (path: string) => path.split('/')[2]!;

/** Every example's scenario, keyed by the example's folder name. */
export const scenarios: ReadonlyMap<string, Scenario> = new Map(
  Object.entries(scenarioModules).map(([path, module]) => [slugOf(path), module.default]),
);

export function findVariant(slug: string, variantName: string): { scenario: Scenario; variant: Variant } | undefined {
  const scenario = scenarios.get(slug);
  const variant = scenario?.variants.find((candidate) => candidate.name === variantName);
  return scenario && variant ? { scenario, variant } : undefined;
}

export function variantComponent(slug: string, variant: Variant): ComponentType | undefined {
  return componentModules[`/examples/${slug}/${variant.files[0]}`]?.default;
}
