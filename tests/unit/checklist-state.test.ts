// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ignoredNotice,
  labelParts,
  parseChecklistState,
  serializeChecklistState,
  urlWithChecklistState,
} from '../../src/host/checklist-state';

const ids = ['export', 'server', 'client-api', 'domain'];

describe('parseChecklistState', () => {
  it('ticks nothing without a value, or with an empty one', () => {
    expect(parseChecklistState(null, ids)).toEqual({ done: [], ignored: [] });
    expect(parseChecklistState('', ids)).toEqual({ done: [], ignored: [] });
    expect(parseChecklistState(' , ,', ids)).toEqual({ done: [], ignored: [] });
  });

  it('reads the ids in the checklist’s order, each once, whatever order the URL has', () => {
    expect(parseChecklistState('domain,export,domain', ids)).toEqual({ done: ['export', 'domain'], ignored: [] });
    expect(parseChecklistState(' server , client-api ', ids)).toEqual({ done: ['server', 'client-api'], ignored: [] });
  });

  it('sets aside what names no item, without letting it tick anything', () => {
    expect(parseChecklistState('export,Export,<b>x</b>,,server,nope,nope', ids)).toEqual({
      done: ['export', 'server'],
      ignored: ['Export', '<b>x</b>', 'nope'],
    });
    expect(parseChecklistState('constructor,__proto__,toString', ids)).toEqual({ done: [], ignored: ['constructor', '__proto__', 'toString'] });
  });
});

describe('serializeChecklistState', () => {
  it('writes ticked ids in the checklist’s order and drops unknown ones', () => {
    expect(serializeChecklistState(['domain', 'export', 'nope'], ids)).toBe('export,domain');
    expect(serializeChecklistState([], ids)).toBe('');
  });

  it('round-trips through parseChecklistState', () => {
    const done = ['server', 'domain'];
    expect(parseChecklistState(serializeChecklistState(done, ids), ids).done).toEqual(done);
  });
});

describe('urlWithChecklistState', () => {
  const page = 'https://example.test/moving-off-agent-builder/';

  it('sets the parameter with readable commas and keeps the other parameters and the fragment', () => {
    const next = urlWithChecklistState(`${page}?moving-off-agent-builder=fixed-hosted#checklist`, 'done', ['domain', 'export'], ids);
    expect(next).toBe(`${page}?moving-off-agent-builder=fixed-hosted&done=export,domain#checklist`);
    expect(new URL(next).searchParams.get('done')).toBe('export,domain');
  });

  it('replaces an earlier value, bad parts included, and removes the parameter when nothing is ticked', () => {
    expect(urlWithChecklistState(`${page}?done=nope,export`, 'done', ['server'], ids)).toBe(`${page}?done=server`);
    expect(urlWithChecklistState(`${page}?done=export&x=1`, 'done', [], ids)).toBe(`${page}?x=1`);
    expect(urlWithChecklistState(`${page}?done=export`, 'done', [], ids)).toBe(page);
  });
});

describe('ignoredNotice', () => {
  it('says nothing when nothing was ignored', () => {
    expect(ignoredNotice('done', [], ids)).toBeNull();
  });

  it('quotes what was ignored and lists the steps there are', () => {
    expect(ignoredNotice('done', ['nope'], ids)).toBe(
      'The link’s ?done= value names a step this checklist does not have (“nope”), so it was ignored. Its steps: export, server, client-api, domain.',
    );
  });

  it('shortens long values and counts the ones past the fifth', () => {
    const notice = ignoredNotice('done', ['a'.repeat(60), 'b', 'c', 'd', 'e', 'f', 'g'], ids)!;
    expect(notice).toContain(`“${'a'.repeat(40)}…”`);
    expect(notice).toContain('“e” and 2 more), so they were ignored');
    expect(notice).not.toContain('“f”');
    expect(notice).toContain('they were ignored');
  });
});

describe('labelParts', () => {
  it('splits inline code between backticks from plain text', () => {
    expect(labelParts('Replace `getClientSecret` with `{ url, domainKey }`.')).toEqual([
      { code: false, text: 'Replace ' },
      { code: true, text: 'getClientSecret' },
      { code: false, text: ' with ' },
      { code: true, text: '{ url, domainKey }' },
      { code: false, text: '.' },
    ]);
    expect(labelParts('No code here')).toEqual([{ code: false, text: 'No code here' }]);
  });
});
