import { z } from 'astro/zod';

/** Where a problem lives, which groups the sidebar: the reader's page, their server, or ChatKit's setup. */
export const problemAreas = ['page', 'server', 'setup'] as const;

/** The two ways to connect ChatKit: a session minted by OpenAI, or your own ChatKit server. */
export const integrationModes = ['hosted', 'custom-server'] as const;

const nonEmptyText = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase slug such as "invalid-client-secret"');

/**
 * The fields every troubleshooting page adds to Starlight's frontmatter.
 * They feed the symptom finder, search and the sandbox structure check.
 */
export const pageFields = z.object({
  /** Exact error texts, one entry per browser or runtime wording, as a reader would paste them. */
  errors: z.array(nonEmptyText).default([]),
  /** What the reader sees or experiences, in their words. */
  symptoms: z.array(nonEmptyText).default([]),
  /** Where the problem lives; pages without one (the landing page, Getting help) sit outside the groups. */
  area: z.enum(problemAreas).optional(),
  /** Which integration modes the problem applies to. */
  modes: z.array(z.enum(integrationModes)).default([]),
  /** The folder(s) in `examples/` whose sandboxes this page embeds: one slug, or a list (read as a list). */
  example: z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(slug).min(1)).optional(),
});

export type PageFields = z.infer<typeof pageFields>;
