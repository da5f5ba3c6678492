// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://chatkit-troubleshooting.example',
  integrations: [
    starlight({
      title: 'ChatKit Troubleshooting',
      description:
        'Fix a broken OpenAI ChatKit integration: every problem with the exact error, the cause, and a live broken/fixed sandbox.',
      lastUpdated: false,
      pagination: false,
      sidebar: [{ autogenerate: { directory: 'content' } }],
      customCss: ['./src/styles/accessibility.css'],
    }),
    react(),
    // Starlight adds a sitemap only when none is configured; this one leaves out the sandbox frames.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/sandbox/') }),
  ],
  vite: {
    // The examples' server routes run inside the sandbox frame and read process.env as a server would;
    // the frame provides it (src/pages/sandbox/[slug]/[variant].astro).
    define: { 'process.env': 'globalThis.process.env' },
    resolve: { alias: { tldts: fileURLToPath(new URL('./src/sandbox/registrable-domain.ts', import.meta.url)) } },
  },
});
