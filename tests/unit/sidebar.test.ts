// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { sidebarByArea } from '../../src/sidebar';

function contentWith(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
  for (const [file, frontmatter] of Object.entries(pages)) writeFileSync(join(dir, file), `---\n${frontmatter}\n---\n\nText.\n`);
  return dir;
}

it('groups problem pages by area, in sidebar order, between the pages that name no area', () => {
  const dir = contentWith({
    'index.mdx': 'title: Find your problem\nsidebar:\n  order: 0\n  label: Symptom finder',
    'cors.mdx': 'title: Failed to fetch\narea: server\nsidebar:\n  order: 3',
    'secret.mdx': 'title: Invalid client_secret\narea: server\nsidebar:\n  order: 1',
    'theme.mdx': 'title: Theme not applying\narea: page\nsidebar:\n  order: 6',
    'domain.mdx': 'title: Blank on the deployed domain\narea: setup\nsidebar:\n  order: 2',
    'help.mdx': 'title: Getting help\nsidebar:\n  order: 11',
  });
  expect(sidebarByArea(dir)).toEqual([
    { slug: '', label: 'Symptom finder' },
    { label: 'In your page', items: [{ slug: 'theme', label: 'Theme not applying' }] },
    {
      label: 'In your server',
      items: [
        { slug: 'secret', label: 'Invalid client_secret' },
        { slug: 'cors', label: 'Failed to fetch' },
      ],
    },
    { label: 'In ChatKit’s setup', items: [{ slug: 'domain', label: 'Blank on the deployed domain' }] },
    { slug: 'help', label: 'Getting help' },
  ]);
});

it('puts every page of the real site in the sidebar once', () => {
  const items = sidebarByArea(join(import.meta.dirname, '..', '..', 'content'));
  const slugs = items.flatMap((item) => ('items' in item ? item.items.map((page) => page.slug) : [item.slug]));
  expect(new Set(slugs).size).toBe(slugs.length);
  expect(items.filter((item) => 'items' in item).map((group) => group.label)).toEqual(['In your page', 'In your server', 'In ChatKit’s setup']);
});
