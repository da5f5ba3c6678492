// The COEP sandboxes play the header the tab's next.config.ts sends: the config files do not run in the
// frame, so this test reads each one's headers() for the chat's page and compares it with what its
// variant plays.
import { describe, expect, it } from 'vitest';
import scenario from '../../examples/coep-blocks-chatkit/scenario';
import { worldOf } from '../../src/examples/scenario';

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const configs = import.meta.glob<{ headers(): Promise<HeaderRule[]> }>('../../examples/coep-blocks-chatkit/*next.config.ts', {
  import: 'default',
  eager: true,
});

/** The page chat.tsx is (app/support/page.tsx), and the one that uses SharedArrayBuffer. */
const chatPage = '/support';
const editorPage = '/editor/drawing-1';

/** Whether a Next.js `source` matches `path`; only the forms these configs use: a literal path, or one ending in `/:name*`. */
function matches(source: string, path: string): boolean {
  const wildcard = /^(.*)\/:\w+\*$/.exec(source);
  if (!wildcard) {
    if (source.includes(':')) throw new Error(`This test cannot read the source pattern ${source}.`);
    return source === path;
  }
  const prefix = wildcard[1]!;
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** The value of `key` Next.js sends with `path`: of the rules that match, the last one's. */
async function headerFor(file: string, path: string, key: string): Promise<string | undefined> {
  const config = configs[`../../examples/coep-blocks-chatkit/${file}`];
  if (!config) throw new Error(`No examples/coep-blocks-chatkit/${file}`);
  const values = (await config.headers())
    .filter((rule) => matches(rule.source, path))
    .flatMap((rule) => rule.headers.filter((header) => header.key.toLowerCase() === key.toLowerCase()).map((header) => header.value));
  return values.at(-1);
}

describe('examples/coep-blocks-chatkit: each tab plays the COEP its next.config.ts sends with the chat’s page', () => {
  for (const [name, variant] of Object.entries(scenario.variants)) {
    const config = variant.files.find((file) => file.endsWith('next.config.ts'));
    it(name, async () => {
      expect(config, 'every tab shows a next.config.ts').toBeDefined();
      const sent = await headerFor(config!, chatPage, 'Cross-Origin-Embedder-Policy');
      expect(sent).toBe(worldOf(scenario, variant).browser?.embedderPolicy);
    });
  }

  it('the fixed config still isolates the editor', async () => {
    expect(await headerFor('next.config.ts', editorPage, 'Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(await headerFor('next.config.ts', editorPage, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
  });
});
