// @vitest-environment node
// The structure check and the scenario helpers, on small fixture scenarios (not the real pages).
import { describe, expect, it } from 'vitest';
import { defineScenario, pageControls, planOf, worldOf, type Scenario } from '../../src/examples/scenario';
import { findStructureProblems, type PageForCheck } from '../../src/examples/structure';

const route = async () => new Response('ok');
const otherRoute = async () => new Response('other');

function scenario(): Scenario {
  return defineScenario({
    world: { mode: 'hosted', routes: { 'POST /api/session': route }, env: { A: '1', B: '2' }, openai: { latencyMs: { sessions: 100 } } },
    variants: {
      broken: {
        kind: 'broken',
        label: 'Broken',
        summary: 'Fails.',
        files: ['broken.tsx'],
        world: { env: { B: 'changed' }, openai: { streamChunkDelayMs: 5 } },
        steps: [{ expect: [{ see: 'Invalid client_secret provided.' }] }],
      },
      fixed: {
        kind: 'fixed',
        label: 'Fixed',
        summary: 'Works.',
        files: ['fixed.tsx'],
        world: { mode: 'custom-server', routes: { 'POST /api/session': otherRoute }, chatkitServer: { url: '/chatkit' } },
        steps: [{ expect: [{ event: 'chatkit.ready' }] }, { do: { send: 'Hi' }, expect: [{ see: 'You sent' }] }, { do: { skipMinutes: 11 }, expect: [{ see: 'You sent' }] }],
        settled: [{ notSee: 'Invalid client_secret provided.' }],
      },
    },
  });
}

const page: PageForCheck = { file: 'content/page.mdx', examples: ['demo'], errors: ['Invalid client_secret provided.'] };
const check = (value: Scenario, files = ['broken.tsx', 'fixed.tsx', 'scenario.ts'], pages = [page]) =>
  findStructureProblems(pages, [{ slug: 'demo', scenario: value, files }]);

describe('a variant’s world', () => {
  it('is the scenario’s, with the variant’s mode and server replacing it and its env, routes and OpenAI settings merged in', () => {
    const demo = scenario();
    expect(worldOf(demo, demo.variants['broken']!)).toEqual({
      mode: 'hosted',
      openai: { latencyMs: { sessions: 100 }, streamChunkDelayMs: 5 },
      routes: { 'POST /api/session': route },
      env: { A: '1', B: 'changed' },
    });
    const fixed = worldOf(demo, demo.variants['fixed']!);
    expect(fixed.mode).toBe('custom-server');
    expect(fixed.chatkitServer).toEqual({ url: '/chatkit' });
    expect(fixed.routes).toEqual({ 'POST /api/session': otherRoute });
  });

  it('takes the page host, page origin and private origins from the variant when it sets them', () => {
    const demo = scenario();
    demo.world.pageHost = 'app.example.com';
    demo.variants['broken']!.world = { pageHost: 'preview.example.com', pageOrigin: 'https://example.com.evil.test', privateOrigins: ['http://chatkit.internal:8000'] };
    expect(worldOf(demo, demo.variants['broken']!)).toMatchObject({
      pageHost: 'preview.example.com',
      pageOrigin: 'https://example.com.evil.test',
      privateOrigins: ['http://chatkit.internal:8000'],
    });
    expect(worldOf(demo, demo.variants['fixed']!).pageHost).toBe('app.example.com');
  });

  it('loses the scenario’s ChatKit server when the variant sets it to null', () => {
    const demo = scenario();
    demo.world.chatkitServer = { url: '/chatkit' };
    demo.variants['broken']!.world = { chatkitServer: null };
    expect(worldOf(demo, demo.variants['broken']!).chatkitServer).toBeUndefined();
  });
});

describe('a claim plan', () => {
  it('adds to a fixed variant that it shows no broken variant’s symptom, once', () => {
    const demo = scenario();
    expect(planOf(demo, demo.variants['fixed']!).settled).toEqual([{ notSee: 'Invalid client_secret provided.' }]);
    expect(planOf(demo, demo.variants['broken']!).settled).toEqual([]);
  });

  it('leaves out a broken variant’s text that the fixed variant claims to show itself', () => {
    const demo = scenario();
    const greeting = { see: 'What can I help with today?' };
    demo.variants['broken']!.steps.unshift({ expect: [greeting] });
    demo.variants['fixed']!.steps.unshift({ expect: [greeting] });
    expect(planOf(demo, demo.variants['fixed']!).settled).toEqual([{ notSee: 'Invalid client_secret provided.' }]);
  });

  it('offers one control per distinct action done outside the frame, in the order they first appear', () => {
    const demo = scenario();
    demo.variants['fixed']!.steps.push({ do: { remount: 20 }, expect: [] }, { do: { skipMinutes: 11 }, expect: [] }, { do: { pageTheme: 'dark' }, expect: [] });
    expect(pageControls(demo)).toEqual([
      { label: 'Skip 11 minutes', message: { type: 'skip-minutes', minutes: 11 } },
      { label: 'Remount 20×', message: { type: 'remount', times: 20 } },
      { label: 'Page theme: dark', message: { type: 'page-theme', theme: 'dark' } },
    ]);
  });
});

describe('the structure check', () => {
  it('passes a page and example that fit together', () => {
    expect(check(scenario())).toEqual([]);
  });

  it('names the page and field when a page names an example that does not exist', () => {
    expect(check(scenario(), undefined, [page, { file: 'content/other.mdx', examples: ['missing'], errors: [] }])).toEqual([
      'content/other.mdx: frontmatter field "example" names "missing", but there is no examples/missing/scenario.ts.',
    ]);
  });

  it('finds an example no page uses, a file no variant shows and a file that is missing', () => {
    expect(check(scenario(), ['broken.tsx', 'scenario.ts', 'notes.ts'], [])).toEqual([
      'examples/demo/: no page in content/ names it in its frontmatter field "example".',
      'examples/demo/scenario.ts: variant "broken": it shows none of the errors its page lists in "errors", fails or prevents no request and measures nothing.',
      'examples/demo/scenario.ts: variant "fixed": field "files" names fixed.tsx, which is not in examples/demo/.',
      'examples/demo/notes.ts: no variant shows it (list it in a variant\'s "files").',
    ]);
  });

  it('wants a broken variant to show its page’s error or fail a request, and a fixed one to answer a message', () => {
    const demo = scenario();
    demo.variants['broken']!.steps = [{ expect: [{ request: 'POST /api/session', status: 500 }] }];
    demo.variants['fixed']!.steps = [{ expect: [{ event: 'chatkit.ready' }] }];
    expect(check(demo)).toEqual(['examples/demo/scenario.ts: variant "fixed": a fixed variant must send a message (a step with do: { send }).']);
  });

  it('takes a request that never happens as a broken variant’s symptom, but not a request that succeeds', () => {
    const demo = scenario();
    demo.variants['broken']!.steps = [{ expect: [{ request: 'POST /api/upload', exactly: 0 }] }];
    expect(check(demo)).toEqual([]);
    demo.variants['broken']!.steps = [{ expect: [{ request: 'POST /api/upload', status: 200, exactly: 1 }] }];
    expect(check(demo)).toHaveLength(1);
  });

  it('wants both kinds of variant, names that fit a URL, and steps that claim something', () => {
    const demo = scenario();
    demo.variants = { Broken_Tab: { ...demo.variants['broken']!, steps: [{ expect: [] }] } };
    expect(check(demo)).toEqual([
      'examples/demo/scenario.ts: no variant has kind "fixed".',
      'examples/demo/scenario.ts: variant "Broken_Tab": a name must be lowercase words joined by hyphens.',
      'examples/demo/scenario.ts: variant "Broken_Tab": its steps claim nothing.',
      'examples/demo/scenario.ts: variant "Broken_Tab": it shows none of the errors content/page.mdx lists in "errors", fails or prevents no request and measures nothing.',
      'examples/demo/fixed.tsx: no variant shows it (list it in a variant\'s "files").',
    ]);
  });
});
