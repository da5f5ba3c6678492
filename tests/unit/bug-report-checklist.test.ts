// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { labelAsPlainMarkdown, labelParts } from '../../src/host/checklist-state';

describe('checklist labels with links, as the page draws them and the bug report quotes them', () => {
  const detail = 'Blocked: [CORS errors](/failed-to-fetch-cors/); a 401: [401 Unauthorized](/unauthorized-401/#the-fix), or `[not](a link)`.';

  it('splits links out of plain text, never out of code', () => {
    expect(labelParts(detail)).toEqual([
      { code: false, text: 'Blocked: ' },
      { code: false, text: 'CORS errors', href: '/failed-to-fetch-cors/' },
      { code: false, text: '; a 401: ' },
      { code: false, text: '401 Unauthorized', href: '/unauthorized-401/#the-fix' },
      { code: false, text: ', or ' },
      { code: true, text: '[not](a link)' },
      { code: false, text: '.' },
    ]);
    expect(labelParts('[a](/x/)[b](/y/)')).toEqual([
      { code: false, text: 'a', href: '/x/' },
      { code: false, text: 'b', href: '/y/' },
    ]);
    expect(labelParts('[broken](/no close')).toEqual([{ code: false, text: '[broken](/no close' }]);
  });

  it('quotes a label as one line of Markdown: code kept, links reduced to their text', () => {
    expect(labelAsPlainMarkdown(detail)).toBe('Blocked: CORS errors; a 401: 401 Unauthorized, or `[not](a link)`.');
    expect(labelAsPlainMarkdown('Note your versions: `npm ls react`.')).toBe('Note your versions: `npm ls react`.');
  });
});
