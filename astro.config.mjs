// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { sidebarByArea } from './src/sidebar.ts';
import { docsSite } from './src/site.ts';

export default defineConfig(
  docsSite({
    title: 'ChatKit Troubleshooting',
    description:
      'Fix a broken OpenAI ChatKit integration: every problem with the exact error, the cause, and a live broken/fixed sandbox.',
    sidebar: sidebarByArea(fileURLToPath(new URL('./content/', import.meta.url))),
  }),
);
