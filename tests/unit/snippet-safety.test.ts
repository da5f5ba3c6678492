// @vitest-environment node
// Snippet safety: the code a reader copies must not teach a security mistake. Every file of every variant
// is checked; a broken variant may break only the rules it lists in `exempt`, and each of those must fire.
import { describe, expect, it } from 'vitest';
import { loadScenarios, readSource } from '../../src/examples/catalog';
import type { SnippetRuleId } from '../../src/examples/scenario';
import { checkSnippet, snippetRules, stripComments, type Finding } from './snippet-rules';

const rulesFired = (name: string, source: string) => new Set(checkSnippet({ name, source }).map((finding) => finding.rule));

/** Per rule: code that must make it fire and code that must not (file name decides client or server). */
const cases: Record<SnippetRuleId, { bad: [string, string][]; good: [string, string][] }> = {
  'api-key-in-client': {
    bad: [
      ['app.tsx', `const key = 'sk-proj-abc123';`],
      ['app.tsx', `fetch(url, { headers: { Authorization: \`Bearer \${import.meta.env.VITE_OPENAI_API_KEY}\` } });`],
      ['app.tsx', `const client = new OpenAI({ apiKey: key });`],
    ],
    good: [
      ['app.tsx', `// Never put an sk- key in the browser.\nconst res = await fetch('/api/session');`],
      ['server.ts', `headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` }`],
      ['app.tsx', `const label = 'task-sk-1 is risk-free';`],
    ],
  },
  'dangerously-allow-browser': {
    bad: [['app.tsx', `new OpenAI({ dangerouslyAllowBrowser: true });`], ['server.ts', `const options = { dangerouslyAllowBrowser: true };`]],
    good: [['server.ts', `const client = new OpenAI(); // not dangerouslyAllowBrowser`]],
  },
  'substring-origin-check': {
    bad: [
      ['server.ts', `if (origin.includes('example.com')) allow();`],
      ['server.ts', `if (request.headers.get('origin')?.endsWith('.example.com')) allow();`],
      ['server.ts', `if (req.headers.referer.startsWith('https://example.com')) allow();`],
      ['server.ts', `if (origin.indexOf('example.com') !== -1) allow();`],
      ['server.ts', `if (process.env.ALLOWED_ORIGINS.includes(origin)) allow();`],
      ['server.ts', `if (allowed.some((site) => origin\n  .startsWith(site))) allow();`],
    ],
    good: [
      ['server.ts', `if (origin === 'https://example.com') allow();`],
      ['server.ts', `if (allowedOrigins.includes(origin)) allow();`],
      ['server.ts', `if (process.env.ALLOWED_ORIGINS.split(',').includes(origin)) allow();`],
      ['server.ts', `if (['https://a.example', 'https://b.example'].includes(origin)) allow();`],
      ['app.tsx', `if (message.text.includes('hello')) reply();`],
    ],
  },
  'wildcard-cors-with-credentials': {
    bad: [
      ['server.ts', `headers.set('Access-Control-Allow-Origin', '*');\nheaders.set('Access-Control-Allow-Credentials', 'true');`],
      ['server.ts', `{ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }`],
      ['server.ts', `app.use(cors({ origin: '*', credentials: true }));`],
      ['server.ts', `app.use(cors({ origin: true, credentials: true }));`],
    ],
    good: [
      ['server.ts', `{ 'Access-Control-Allow-Origin': '*' }`],
      ['server.ts', `{ 'Access-Control-Allow-Origin': 'https://app.example', 'Access-Control-Allow-Credentials': 'true' }`],
    ],
  },
  'storage-clear': {
    bad: [['app.tsx', `sessionStorage.clear();`], ['app.tsx', `window.localStorage.clear();`]],
    good: [['app.tsx', `sessionStorage.removeItem('chatkit:thread');`]],
  },
  'secret-shared-across-users': {
    bad: [
      ['server.ts', `let cachedSecret: string | null = null;\nexport async function POST() {\n  cachedSecret ??= await mint();\n}`],
      ['server.ts', `const cache = { expiresAt: 0 } as { secret?: string; expiresAt: number };\nexport async function POST() {\n  cache.secret = session.client_secret;\n}`],
      ['server.ts', `const sessions = new Map<string, string>();\nexport async function POST() {\n  sessions.set('default', session.client_secret);\n}`],
      ['server.ts', `const secrets: Record<string, string> = {};\nexport async function POST() {\n  secrets[workflowId] = session.client_secret;\n}`],
    ],
    good: [
      ['server.ts', `const secrets = new Map<string, string>();\nexport async function POST() {\n  secrets.set(user.id, session.client_secret);\n}`],
      ['server.ts', `export async function POST() {\n  let secret = session.client_secret;\n  secret = refresh(secret);\n}`],
      ['server.ts', `const limiter = new Map<string, number>();\nexport function hit(ip: string) {\n  limiter.set(ip, 1);\n}`],
    ],
  },
  'unchecked-fetch-response': {
    bad: [
      ['app.tsx', `async function get() {\n  const res = await fetch('/api/session');\n  return res.json();\n}`],
      ['app.tsx', `async function get() {\n  const res = await fetch('/api/session');\n  const { client_secret } = await res.json();\n  return client_secret;\n}`],
      ['app.tsx', `const get = () => fetch('/api/session').then((res) => res.json());`],
      ['app.tsx', `async function get() {\n  const res = await fetch('/api/session');\n  const body = await res.json();\n  return body.client_secret;\n  if (!res.ok) throw new Error('late');\n}`],
    ],
    good: [
      ['app.tsx', `async function get() {\n  const res = await fetch('/api/session');\n  if (!res.ok) throw new Error(String(res.status));\n  return (await res.json()).client_secret;\n}`],
      ['app.tsx', `async function get() {\n  const res = await fetch('/api/session');\n  const body = await res.json();\n  if (!res.ok) throw new Error(body.error);\n  return body.client_secret;\n}`],
      ['app.tsx', `const get = () => fetch('/api/session').then((res) => (res.ok ? res.json() : Promise.reject(res.status)));`],
      ['server.ts', `const upstream = await fetch(url);\nreturn upstream.json();`],
    ],
  },
};

describe('each snippet rule', () => {
  it('has examples that make it fire and examples that must not', () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(snippetRules).sort());
  });

  for (const [rule, { bad, good }] of Object.entries(cases) as [SnippetRuleId, (typeof cases)[SnippetRuleId]][]) {
    it.each(bad)(`${rule} fires on %s: %s`, (name, source) => {
      expect([...rulesFired(name, source)]).toContain(rule);
    });
    it.each(good)(`${rule} stays quiet on %s: %s`, (name, source) => {
      expect([...rulesFired(name, source)]).not.toContain(rule);
    });
  }

  it('reports the line a rule fires on', () => {
    const [finding] = checkSnippet({ name: 'app.tsx', source: `import x from 'y';\n\nsessionStorage.clear();` });
    expect(finding).toMatchObject({ rule: 'storage-clear', file: 'app.tsx', line: 3 });
  });

  it('ignores comments but not strings, keeping every position', () => {
    const source = `const a = 'https://x'; // sk-1\n/* res.ok\n */ b;`;
    const code = stripComments(source);
    expect(code).toHaveLength(source.length);
    expect(code.split('\n').map((line) => line.trimEnd())).toEqual([`const a = 'https://x';`, '', '    b;']);
  });
});

const scenarios = [...(await loadScenarios())];

const describeFindings = (findings: Finding[]) => findings.map(({ rule, file, line, message }) => `${file}:${line} ${rule}: ${message}`).join('\n');

describe.each(scenarios)('examples/%s', (slug, scenario) => {
  const findingsFor = async (files: string[]) =>
    (await Promise.all(files.map(async (file) => checkSnippet({ name: file, source: await readSource(slug, file) })))).flat();

  for (const [name, variant] of Object.entries(scenario.variants)) {
    const exempt = new Set(variant.exempt ?? []);

    if (variant.kind === 'fixed') {
      it(`${name}: every file breaks no rule, and nothing is exempt`, async () => {
        expect(variant.exempt ?? [], 'a fixed variant cannot be exempt from a rule').toEqual([]);
        const findings = await findingsFor(variant.files);
        expect(findings, describeFindings(findings)).toEqual([]);
      });
      continue;
    }

    it(`${name}: breaks no rule except those its page documents (exempt: ${[...exempt].join(', ') || 'none'})`, async () => {
      const findings = (await findingsFor(variant.files)).filter((finding) => !exempt.has(finding.rule));
      expect(findings, describeFindings(findings)).toEqual([]);
    });

    if (exempt.size > 0) {
      it(`${name}: every exemption is still needed`, async () => {
        const fired = new Set((await findingsFor(variant.files)).map((finding) => finding.rule));
        const stale = [...exempt].filter((rule) => !fired.has(rule));
        expect(stale, `stale exemptions: these rules no longer fire on ${variant.files.join(', ')}`).toEqual([]);
      });
    }
  }
});
