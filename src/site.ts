/**
 * The site's Astro configuration, shared by the real site (astro.config.mjs) and the fixture site the
 * machinery tests build (tests/fixtures/sandbox-site/): Starlight with `content/` as its docs, React,
 * a sitemap without the sandbox frames, and the sandboxes' own routes and build settings.
 */
import { fileURLToPath } from 'node:url';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import type { Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes dist/sandbox/chunks.json: for each JS chunk of the browser build, what it imports statically and
 * lazily, and which example folders' modules it holds. With it, scripts/page-weight.mjs counts exactly
 * the chunks one frame loads: the frame's own and none of another example's.
 */
function chunkGraph(): Plugin {
  return {
    name: 'chatkit-sandboxes:chunk-graph',
    generateBundle(_options, bundle) {
      if (this.environment?.name !== 'client') return;
      const chunks: Record<string, { imports: string[]; dynamicImports: string[]; examples: string[] }> = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const examples = new Set(output.moduleIds.flatMap((id) => /\/examples\/([^/]+)\//.exec(id)?.[1] ?? []));
        chunks[output.fileName] = { imports: output.imports, dynamicImports: output.dynamicImports, examples: [...examples] };
      }
      this.emitFile({ type: 'asset', fileName: 'sandbox/chunks.json', source: JSON.stringify(chunks) });
    },
  };
}

/** The sandbox frame documents, the catalog manifest, and what the frame's bundle needs. */
function sandboxes(): AstroIntegration {
  return {
    name: 'chatkit-sandboxes',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        injectRoute({ pattern: '/sandbox/[slug]/[variant]', entrypoint: here('./frame/FramePage.astro') });
        injectRoute({ pattern: '/sandbox/catalog.json', entrypoint: here('./examples/manifest.ts') });
        updateConfig({
          vite: {
            // The examples' server routes run inside the sandbox frame and read process.env as a server
            // would; the frame document provides it.
            define: { 'process.env': 'globalThis.process.env' },
            // MSW's cookie store asks tldts for registrable domains; the frame needs no public-suffix list.
            resolve: { alias: { tldts: here('./frame/registrable-domain.ts') } },
            plugins: [chunkGraph()],
          },
        });
      },
    },
  };
}

export function docsSite({ title, description }: { title: string; description: string }): AstroUserConfig {
  return {
    site: 'https://chatkit-troubleshooting.example',
    integrations: [
      starlight({
        title,
        description,
        lastUpdated: false,
        pagination: false,
        sidebar: [{ autogenerate: { directory: 'content' } }],
        customCss: [here('./styles/accessibility.css')],
      }),
      react(),
      // Starlight adds a sitemap only when none is configured; this one leaves out the sandbox frames.
      sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/sandbox/') }),
      sandboxes(),
    ],
  };
}
