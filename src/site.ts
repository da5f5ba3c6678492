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
import type { SidebarItem } from './sidebar';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the browser build's chunk graph goes: dist/sandbox/chunks.json. */
const chunkGraphFile = 'sandbox/chunks.json';

export interface ChunkGraph {
  /** Per JS chunk of the browser build (URL path), which example folders' modules it holds. */
  chunks: Record<string, { examples: string[] }>;
  /** Per example module ("examples/<slug>/<file>"), the file (relative to the site's base) of its chunk. */
  modules: Record<string, string>;
}

/**
 * Builds every example module as a chunk of its own (the catalog is an entry of the browser build, so
 * its lazy imports are), and writes the chunk graph. A frame document names the two chunks its variant
 * needs, so the frame loads no index of other examples: its JS is flat in their number. The graph also
 * lets scripts/page-weight.mjs count exactly the chunks one frame loads.
 */
function exampleChunks(catalog: string): Plugin {
  return {
    name: 'chatkit-sandboxes:example-chunks',
    buildStart() {
      if (this.environment?.name === 'client') this.emitFile({ type: 'chunk', id: catalog, name: 'catalog' });
    },
    generateBundle(_options, bundle) {
      if (this.environment?.name !== 'client') return;
      const graph: ChunkGraph = { chunks: {}, modules: {} };
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const examples = new Set(output.moduleIds.flatMap((id) => /\/examples\/([^/]+)\//.exec(id)?.[1] ?? []));
        graph.chunks[`/${output.fileName}`] = { examples: [...examples] };
        const module = output.facadeModuleId && /\/(examples\/[^/]+\/[^/?]+)$/.exec(output.facadeModuleId)?.[1];
        if (module && output.isDynamicEntry) graph.modules[module] = output.fileName;
      }
      this.emitFile({ type: 'asset', fileName: chunkGraphFile, source: JSON.stringify(graph) });
    },
  };
}

/**
 * Puts the symptom finder's noise stripping in front of every term Starlight's search (Pagefind) looks
 * for: its `processTerm` option, which Starlight's config cannot carry (it holds only JSON), is added to
 * the module Starlight's search script reads its Pagefind options from. Warns when that module is gone.
 */
function searchWithoutNoise(): Plugin {
  const optionsModule = '\0virtual:starlight/pagefind-config';
  let seen = false;
  return {
    name: 'chatkit-finder:pagefind-term',
    // Starlight runs no search in development.
    apply: 'build',
    transform(code, id) {
      if (id !== optionsModule) return undefined;
      seen = true;
      return `import { processTerm } from ${JSON.stringify(here('./finder/pagefind-options.ts'))};\n${code}\nif (typeof pagefindUserConfig === 'object') pagefindUserConfig.processTerm = processTerm;\n`;
    },
    buildEnd() {
      if (!seen && this.environment?.name === 'client') this.warn(`${optionsModule.slice(1)} was never loaded: search terms keep their noise.`);
    },
  };
}

/** The sandbox frame documents, the catalog manifest, and what the frame's bundle needs. */
function sandboxes(): AstroIntegration {
  return {
    name: 'chatkit-sandboxes',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig }) => {
        injectRoute({ pattern: '/sandbox/[slug]/[variant]', entrypoint: here('./frame/FramePage.astro') });
        injectRoute({ pattern: '/sandbox/catalog.json', entrypoint: here('./examples/manifest.ts') });
        updateConfig({
          vite: {
            // The examples' server routes run inside the sandbox frame and read process.env as a server
            // would; the frame document provides it.
            define: {
              'process.env': 'globalThis.process.env',
              // The frame documents are generated after the browser build and read its chunk graph.
              'import.meta.env.SANDBOX_CHUNK_GRAPH': JSON.stringify(fileURLToPath(new URL(chunkGraphFile, config.outDir))),
            },
            // MSW's cookie store asks tldts for registrable domains; the frame needs no public-suffix list,
            // nor the interceptors MSW uses for WebSockets and where there is no service worker.
            resolve: {
              alias: {
                tldts: here('./frame/registrable-domain.ts'),
                ...Object.fromEntries(
                  ['WebSocket', 'fetch', 'XMLHttpRequest'].map((name) => [`@mswjs/interceptors/${name}`, here('./frame/unused-interceptors.ts')]),
                ),
              },
            },
            plugins: [exampleChunks(here('./examples/catalog.ts'))],
          },
        });
      },
    },
  };
}

/** `sidebar`: the real site's, grouped by area (src/sidebar.ts); by default every page in content/, in order. */
export function docsSite({ title, description, sidebar }: { title: string; description: string; sidebar?: SidebarItem[] }): AstroUserConfig {
  return {
    site: 'https://chatkit-troubleshooting.example',
    integrations: [
      starlight({
        title,
        description,
        lastUpdated: false,
        pagination: false,
        sidebar: sidebar ?? [{ autogenerate: { directory: 'content' } }],
        customCss: [here('./styles/accessibility.css')],
      }),
      react(),
      // Starlight adds a sitemap only when none is configured; this one leaves out the sandbox frames.
      sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/sandbox/') }),
      sandboxes(),
    ],
    vite: { plugins: [searchWithoutNoise()] },
  };
}
