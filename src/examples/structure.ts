/**
 * The structure check the build runs over every page and example: each page's sandboxes exist; each
 * example is used by a page, has broken and fixed variants with claims about files that exist, uses
 * every file in its folder; each broken variant shows its page's error (or a failing request) and each
 * fixed one answers a message. It returns the problems, each naming the file (and field) to fix.
 */
import type { Scenario } from './scenario';

export interface PageForCheck {
  /** The page's file, e.g. "content/invalid-client-secret.mdx". */
  file: string;
  /** Its frontmatter `example` field, as a list. */
  examples: string[];
  /** Its frontmatter `errors`. */
  errors: string[];
}

export interface ExampleForCheck {
  slug: string;
  scenario: Scenario;
  /** Every file in the example's folder. */
  files: string[];
}

const variantName = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function findStructureProblems(pages: PageForCheck[], examples: ExampleForCheck[]): string[] {
  const problems: string[] = [];
  const slugs = new Set(examples.map((example) => example.slug));
  for (const page of pages) {
    for (const slug of page.examples) {
      if (!slugs.has(slug)) problems.push(`${page.file}: frontmatter field "example" names "${slug}", but there is no examples/${slug}/scenario.ts.`);
    }
  }

  for (const { slug, scenario, files } of examples) {
    const where = `examples/${slug}/scenario.ts`;
    const page = pages.find((candidate) => candidate.examples.includes(slug));
    if (!page) problems.push(`examples/${slug}/: no page in content/ names it in its frontmatter field "example".`);
    const variants = Object.entries(scenario.variants);
    if (!variants.some(([, variant]) => variant.kind === 'broken')) problems.push(`${where}: no variant has kind "broken".`);
    if (!variants.some(([, variant]) => variant.kind === 'fixed')) problems.push(`${where}: no variant has kind "fixed".`);

    for (const [name, variant] of variants) {
      const at = `${where}: variant "${name}"`;
      if (!variantName.test(name)) problems.push(`${at}: a name must be lowercase words joined by hyphens.`);
      const claims = variant.steps.flatMap((step) => step.expect);
      if (claims.length === 0) problems.push(`${at}: its steps claim nothing.`);
      for (const file of variant.files) if (!files.includes(file)) problems.push(`${at}: field "files" names ${file}, which is not in examples/${slug}/.`);

      if (variant.kind === 'broken') {
        const errors = page?.errors ?? [];
        const showsListedError = claims.some((claim) => {
          const text = 'see' in claim ? claim.see : 'console' in claim ? claim.text : undefined;
          return text !== undefined && errors.some((error) => error.includes(text));
        });
        // Or a request that the fix makes never happens (a file the composer refuses before any upload).
        const failsARequest = claims.some(
          (claim) => 'request' in claim && (claim.status === 'failed' || (claim.status ?? 0) >= 400 || claim.exactly === 0),
        );
        // A symptom without an error text (a reply that arrives all at once, a leak) is measured instead.
        const measuresItsSymptom = claims.some((claim) => 'measure' in claim);
        if (!showsListedError && !failsARequest && !measuresItsSymptom) {
          problems.push(`${at}: it shows none of the errors ${page?.file ?? 'its page'} lists in "errors", fails or prevents no request and measures nothing.`);
        }
      } else {
        const sendAt = variant.steps.findIndex((step) => step.do && 'send' in step.do);
        if (sendAt < 0) problems.push(`${at}: a fixed variant must send a message (a step with do: { send }).`);
        else if (!variant.steps.slice(sendAt).some((step) => step.expect.some((claim) => 'see' in claim))) problems.push(`${at}: it never sees an answer after sending.`);
      }
    }

    const used = new Set(['scenario.ts', ...variants.flatMap(([, variant]) => variant.files)]);
    for (const file of files) if (!used.has(file)) problems.push(`examples/${slug}/${file}: no variant shows it (list it in a variant's "files").`);
  }
  return problems;
}
