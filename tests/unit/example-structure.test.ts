// @vitest-environment node
// The structure check: every page's sandbox has an example with both kinds of variant and real claims,
// every example is used by a page, and each broken variant shows an error text its page lists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isBroken, type Scenario } from '../../src/scenario';

interface Page {
  file: string;
  frontmatter: { errors?: string[]; example?: string };
  sandboxes: string[];
}

const pages: Page[] = readdirSync('content')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const source = readFileSync(`content/${file}`, 'utf8');
    const frontmatter = parseYaml(source.split(/^---$/m)[1] ?? '') ?? {};
    return { file, frontmatter, sandboxes: [...source.matchAll(/<Sandbox\s+example="([^"]+)"/g)].map((match) => match[1]!) };
  });

const exampleSlugs = readdirSync('examples');
const scenarios = new Map<string, Scenario>();
for (const slug of exampleSlugs) {
  if (existsSync(`examples/${slug}/scenario.ts`)) scenarios.set(slug, (await import(`../../examples/${slug}/scenario.ts`)).default);
}

describe('pages and their sandboxes', () => {
  for (const page of pages.filter((candidate) => candidate.sandboxes.length > 0)) {
    it(`content/${page.file} names existing examples, also in its frontmatter`, () => {
      for (const slug of page.sandboxes) expect(scenarios.has(slug), `examples/${slug}/scenario.ts is missing`).toBe(true);
      expect(page.frontmatter.example, 'frontmatter `example` should name the page’s first sandbox').toBe(page.sandboxes[0]);
    });
  }
});

describe.each(exampleSlugs)('examples/%s', (slug) => {
  const scenario = scenarios.get(slug);
  const page = pages.find((candidate) => candidate.sandboxes.includes(slug));

  it('has a scenario and is used by a page', () => {
    expect(scenario, `examples/${slug}/scenario.ts is missing`).toBeDefined();
    expect(page, `no page in content/ embeds <Sandbox example="${slug}" />`).toBeDefined();
  });

  it('has at least one broken and one fixed variant, each with claims about files that exist', () => {
    const variants = scenario?.variants ?? [];
    expect(variants.filter(isBroken).length).toBeGreaterThan(0);
    expect(variants.filter((variant) => variant.name === 'fixed' || variant.name.startsWith('fixed-')).length).toBeGreaterThan(0);
    for (const variant of variants) {
      expect(variant.name).toMatch(/^(broken|fixed)(-[a-z0-9-]+)?$/);
      expect(variant.claims.length, `${variant.name} has no claims`).toBeGreaterThan(0);
      for (const file of variant.files) expect(existsSync(`examples/${slug}/${file}`), `${variant.name} names missing ${file}`).toBe(true);
    }
  });

  it('uses every file in its folder', () => {
    const used = new Set(['scenario.ts', ...(scenario?.variants ?? []).flatMap((variant) => variant.files)]);
    expect(readdirSync(`examples/${slug}`).filter((file) => !used.has(file))).toEqual([]);
  });

  it('makes each broken variant show its symptom: an error text its page lists, or a failing request', () => {
    const errors = page?.frontmatter.errors ?? [];
    for (const variant of (scenario?.variants ?? []).filter(isBroken)) {
      const showsListedError = variant.claims.some((step) => {
        const text = 'see' in step ? step.see : 'console' in step ? step.text : undefined;
        return text !== undefined && errors.some((error) => error.includes(text));
      });
      const failsARequest = variant.claims.some((step) => 'request' in step && (step.status === 'failed' || step.status >= 400));
      expect(showsListedError || failsARequest, `${variant.name} shows none of the page's errors (${errors.join(' | ')}) and no failing request`).toBe(true);
    }
  });

  it('makes each fixed variant answer a message', () => {
    for (const variant of (scenario?.variants ?? []).filter((candidate) => !isBroken(candidate))) {
      const sendAt = variant.claims.findIndex((step) => 'send' in step);
      expect(sendAt, `${variant.name} never sends a message`).toBeGreaterThanOrEqual(0);
      expect(variant.claims.slice(sendAt + 1).some((step) => 'see' in step), `${variant.name} never sees an answer`).toBe(true);
    }
  });
});
