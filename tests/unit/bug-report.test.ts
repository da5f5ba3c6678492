// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeRedactions, redactSecrets } from '../../src/bug-report/redact';
import { bugReportMarkdown, type BugReportInput } from '../../src/bug-report/report-markdown';

const apiKey = 'sk-proj-Abc123Def456Ghi789Jkl012Mno345Pqr678Stu901Vwx234';
const legacyKey = 'sk-Abc123Def456Ghi789Jkl012Mno345Pqr678Stu901Vwx2';
const clientSecret = 'ek_68ec0ed8e7c88190a3b2f3d1d4c5e6f7';

describe('redactSecrets', () => {
  it('removes API keys, project keys included, and client secrets', () => {
    const { text, redactions } = redactSecrets(`key=${apiKey} old=${legacyKey}\n{"client_secret":"${clientSecret}"}`);
    expect(text).toBe('key=[redacted API key] old=[redacted API key]\n{"client_secret":"[redacted client secret]"}');
    expect(redactions).toEqual([
      { kind: 'api-key', count: 2 },
      { kind: 'client-secret', count: 1 },
    ]);
  });

  it('removes the token after Bearer, whatever it is', () => {
    const curl = `curl https://api.openai.com/v1/chatkit/sessions -H "Authorization: Bearer ${apiKey}" -H 'authorization: bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'`;
    const { text, redactions } = redactSecrets(curl);
    expect(text).toBe(`curl https://api.openai.com/v1/chatkit/sessions -H "Authorization: Bearer [redacted bearer token]" -H 'authorization: bearer [redacted bearer token]'`);
    expect(redactions).toEqual([{ kind: 'bearer-token', count: 2 }]);
    expect(redactSecrets(`authorization: Bearer ${clientSecret}`).text).toBe('authorization: Bearer [redacted bearer token]');
  });

  it('leaves prose about bearer tokens alone', () => {
    expect(redactSecrets('The route needs Bearer authentication. Send Bearer tokens, not cookies').redactions).toEqual([]);
  });

  it('removes cookie header values, raw and quoted, request and response', () => {
    const headers = [
      'cookie: chatkit_session_id=5b0c1d2e-1111-2222-3333-444455556666; theme=dark',
      '< set-cookie: sid=s%3Aabc.def; Path=/; HttpOnly; SameSite=Lax',
      '  Cookie: a=b',
      `{"headers": {"Cookie": "sid=abc; other=\\"quoted\\""}, "set-cookie": 'x=1'}`,
      'The cookie: is missing',
    ].join('\n');
    const { text, redactions } = redactSecrets(headers);
    expect(text.split('\n')).toEqual([
      'cookie: [redacted cookie]',
      '< set-cookie: [redacted cookie]',
      '  Cookie: [redacted cookie]',
      `{"headers": {"Cookie": "[redacted cookie]"}, "set-cookie": '[redacted cookie]'}`,
      'The cookie: is missing',
    ]);
    expect(redactions).toEqual([{ kind: 'cookie', count: 5 }]);
  });

  it('counts a secret inside a cookie or a bearer token once, as the outer kind', () => {
    const { redactions } = redactSecrets(`Cookie: token=${clientSecret}\nAuthorization: Bearer ${apiKey}`);
    expect(redactions).toEqual([
      { kind: 'cookie', count: 1 },
      { kind: 'bearer-token', count: 1 },
    ]);
  });

  it('doesn’t touch words that only contain sk- or ek_', () => {
    const text = 'task-runner-12345678 and desk-lamp, week_number_12345 and a masked sk-… in prose';
    expect(redactSecrets(text)).toEqual({ text, redactions: [] });
  });

  it('changes nothing more when run again, on random text too', () => {
    const once = redactSecrets(`Bearer ${apiKey} cookie: a=b ${clientSecret}`).text;
    expect(redactSecrets(once)).toEqual({ text: once, redactions: [] });
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['sk-', 'proj-', 'ek_', 'Bearer ', 'cookie: ', '"Cookie": "', '"', '\n', 'a', 'Z', '9', '-', '_', ' ', '='];
    for (let round = 0; round < 3000; round += 1) {
      const text = Array.from({ length: 40 }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const redacted = redactSecrets(text).text;
      expect(redactSecrets(redacted), text).toEqual({ text: redacted, redactions: [] });
      expect(redacted, text).not.toMatch(/(?<![A-Za-z0-9_-])(sk-[A-Za-z0-9_-]{8,}|ek_[A-Za-z0-9_-]{6,})/);
    }
  });
});

describe('describeRedactions', () => {
  it('says what was redacted in a sentence, or nothing', () => {
    expect(describeRedactions([])).toBeNull();
    expect(describeRedactions([{ kind: 'api-key', count: 1 }])).toBe('Redacted 1 API key (`sk-…`).');
    expect(
      describeRedactions([
        { kind: 'cookie', count: 2 },
        { kind: 'bearer-token', count: 1 },
        { kind: 'client-secret', count: 3 },
      ]),
    ).toBe('Redacted 2 cookie header values, 1 bearer token and 3 client secrets (`ek_…`).');
  });
});

const input = (overrides: Partial<BugReportInput> = {}): BugReportInput => ({
  versions: { chatkitReact: '1.6.1', chatkit: '1.9.0', react: '19.3.1' },
  mode: 'custom-server',
  symptom: 'The chat shows\n"There was an error while generating the assistant’s response." after every message.',
  expected: '',
  error: 'data: {"type":"error","code":"stream.error","allow_retry":true}',
  browser: 'Chrome 156 on macOS 16',
  checks: [
    { label: 'Copy the first console error as text.', done: true },
    { label: 'Note your mode: `api: { url, domainKey }`.', done: false },
  ],
  writtenAt: new Date(Date.UTC(2026, 11, 1, 14, 3, 27)),
  ...overrides,
});

describe('bugReportMarkdown', () => {
  it('assembles the report for an issue tracker', () => {
    expect(bugReportMarkdown(input()).markdown).toBe(
      [
        '### What happens',
        '',
        'The chat shows "There was an error while generating the assistant’s response." after every message.',
        '',
        '### Environment',
        '',
        '- `@openai/chatkit-react`: `1.6.1`',
        '- `@openai/chatkit`: `1.9.0`',
        '- `react`: `19.3.1`',
        '- Mode: custom server (`api: { url, domainKey }`)',
        '- Browser and OS: Chrome 156 on macOS 16',
        '- Reproduced: 2026-12-01 14:03 UTC (`chatkit.js` is evergreen, so the date stands in for its version)',
        '',
        '### Error',
        '',
        '```text',
        'data: {"type":"error","code":"stream.error","allow_retry":true}',
        '```',
        '',
        '### Checked before reporting',
        '',
        '- [x] Copy the first console error as text.',
        '- [ ] Note your mode: `api: { url, domainKey }`.',
        '',
      ].join('\n'),
    );
  });

  it('says what is not given, and adds what was expected only when given', () => {
    const { markdown } = bugReportMarkdown(input({ versions: { chatkitReact: ' ', chatkit: '', react: '' }, mode: null, symptom: '', error: '\n\n', browser: '', checks: [], expected: 'A reply.' }));
    expect(markdown).toContain('### What happens\n\n_not given_');
    expect(markdown).toContain('### What I expected\n\nA reply.');
    expect(markdown).toContain('- `@openai/chatkit-react`: _not given_');
    expect(markdown).toContain('- Mode: _not given_');
    expect(markdown).toContain('### Error\n\n_not given_');
    expect(markdown).toContain('### Checked before reporting\n\n_not given_');
    expect(bugReportMarkdown(input()).markdown).not.toContain('What I expected');
  });

  it('fences a pasted error longer than any backticks in it, keeping its lines', () => {
    const error = 'Uncaught InvalidFrameParamsError: Invalid frame params: ChatKit.create():\r\n✖ Invalid input\r\n  → at api\n```\nnot the end';
    expect(bugReportMarkdown(input({ error })).markdown).toContain(
      '````text\nUncaught InvalidFrameParamsError: Invalid frame params: ChatKit.create():\n✖ Invalid input\n  → at api\n```\nnot the end\n````',
    );
  });

  it('keeps one-line fields on one line, so they open no Markdown block', () => {
    const { markdown } = bugReportMarkdown(input({ symptom: 'one\n\n### two', browser: 'Chrome\n- x', versions: { chatkitReact: '1.6.1`\n', chatkit: '^1.9.0', react: '19' } }));
    expect(markdown).toContain('### What happens\n\none ### two\n');
    expect(markdown).toContain('- Browser and OS: Chrome - x\n');
    expect(markdown).toContain('- `@openai/chatkit-react`: `1.6.1`\n- `@openai/chatkit`: `^1.9.0`');
  });

  it('redacts every field before returning the Markdown, and says what it removed', () => {
    const report = bugReportMarkdown(
      input({
        symptom: `It fails with ${clientSecret}`,
        error: `POST /api/chatkit/session 200\nauthorization: Bearer ${apiKey}\ncookie: sid=abc\n{"client_secret":"${apiKey}"}`,
        browser: `Chrome, key ${legacyKey}`,
      }),
    );
    expect(report.markdown).not.toMatch(/sk-proj-Abc|sk-Abc|ek_68ec|sid=abc/);
    expect(report.markdown).toContain('It fails with [redacted client secret]');
    expect(report.markdown).toContain('authorization: Bearer [redacted bearer token]\ncookie: [redacted cookie]\n{"client_secret":"[redacted API key]"}');
    expect(report.redactions).toEqual([
      { kind: 'cookie', count: 1 },
      { kind: 'bearer-token', count: 1 },
      { kind: 'api-key', count: 2 },
      { kind: 'client-secret', count: 1 },
    ]);
  });
});
