import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { problemAreas } from './schema/page-fields';

type Area = (typeof problemAreas)[number];

const groupLabels: Record<Area, string> = {
  page: 'In your page',
  server: 'In your server',
  setup: 'In ChatKit’s setup',
};

interface SidebarPage {
  slug: string;
  label: string;
  order: number;
  area: Area | undefined;
}

export type SidebarItem = { slug: string; label: string } | { label: string; items: { slug: string; label: string }[] };

/** Every page's sidebar entry from its frontmatter; the content schema checks the fields when the site builds. */
function readPages(contentDir: string): SidebarPage[] {
  return readdirSync(contentDir)
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const [, frontmatter = ''] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(contentDir, file), 'utf8')) ?? [];
      const data = (parse(frontmatter) ?? {}) as { title?: string; area?: Area; sidebar?: { order?: number; label?: string } };
      const slug = file.replace(/\.mdx?$/, '');
      return {
        slug: slug === 'index' ? '' : slug,
        label: data.sidebar?.label ?? data.title ?? slug,
        order: data.sidebar?.order ?? Number.POSITIVE_INFINITY,
        area: problemAreas.includes(data.area as Area) ? data.area : undefined,
      };
    });
}

/**
 * The sidebar: pages that name no `area` first and last as their order puts them (the landing page,
 * Getting help, How the sandboxes work), and between them one group per area, in sidebar order.
 */
export function sidebarByArea(contentDir: string): SidebarItem[] {
  const pages = readPages(contentDir).sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  const link = ({ slug, label }: SidebarPage) => ({ slug, label });
  const groups = problemAreas
    .map((area) => ({ label: groupLabels[area], items: pages.filter((page) => page.area === area).map(link) }))
    .filter((group) => group.items.length > 0);
  const loose = pages.filter((page) => page.area === undefined);
  const firstGroupOrder = Math.min(...pages.filter((page) => page.area !== undefined).map((page) => page.order));
  return [...loose.filter((page) => page.order < firstGroupOrder).map(link), ...groups, ...loose.filter((page) => page.order >= firstGroupOrder).map(link)];
}
