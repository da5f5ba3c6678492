// For `npm run bench`: proof that a frame's JS is flat in the number of examples. Copies the site's
// sources into bench-results/ (inside the repo, so its node_modules resolve as they do here), adds a throwaway example (the fixture site's widget-fixture) on a
// throwaway page, builds there, and returns every frame's JS as that build measures it.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameWeights } from './page-weight.mjs';

const copied = ['src', 'content', 'examples', 'python', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
export const throwawaySlug = 'throwaway-example';

export function frameWeightsWithThrowawayExample() {
  const root = 'bench-results/throwaway-site';
  rmSync(root, { recursive: true, force: true });
  try {
    for (const path of copied) cpSync(path, join(root, path), { recursive: true });
    const example = join(root, 'examples', throwawaySlug);
    cpSync('tests/fixtures/sandbox-site/examples/widget-fixture', example, { recursive: true });
    const scenario = join(example, 'scenario.ts');
    writeFileSync(scenario, readFileSync(scenario, 'utf8').replaceAll('../../../../../src/', '../../src/'));
    writeFileSync(
      join(root, 'content', `${throwawaySlug}.mdx`),
      [
        '---',
        'title: Throwaway',
        'description: A page the bench adds to prove frames stay flat.',
        'errors: ["There was an error while generating the assistant\'s response."]',
        `example: ${throwawaySlug}`,
        '---',
        "import Sandbox from '../src/host/Sandbox.astro';",
        '',
        `<Sandbox example="${throwawaySlug}" />`,
        '',
      ].join('\n'),
    );
    const built = spawnSync('npx', ['astro', 'build', '--root', root], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (built.status !== 0) throw new Error(`The build with a throwaway example failed; run \`npx astro build --root ${root}\` to see why.`);
    return frameWeights(join(root, 'dist'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
