// @vitest-environment node
// The finder's normaliser, one noise class at a time, and the finder on pastes that are not errors at all:
// empty, huge, binary, only a stack trace. (Timings are in `npm run bench`, not here.)
import { describe, expect, it } from 'vitest';
import { buildFinderIndex, type FinderPage } from '../../src/finder/finder-index';
import { findPages } from '../../src/finder/match';
import { analyse, cleanText, maxPasteChars, maxTerms, normalise, stem } from '../../src/finder/normalize';
import { searchTermFor } from '../../src/finder/pagefind-term';
import { maxEncodedQueryLength, queryForUrl, queryFromSearch, urlWithQuery } from '../../src/finder/query-url';

const same = (a: string, b: string) => expect(cleanText(a)).toBe(cleanText(b));

describe('cleanText strips what varies around a message', () => {
  it.each([
    ['Uncaught TypeError: Failed to fetch'],
    ['Uncaught (in promise) TypeError: Failed to fetch'],
    ['[Error] TypeError: Failed to fetch'],
    ['Unhandled Runtime Error\nTypeError: Failed to fetch'],
  ])('console and framework prefixes: %j', (paste) => {
    expect(cleanText(paste)).toBe('TypeError: Failed to fetch');
  });

  it('a leading "Error:" or "Warning:", but not an error class', () => {
    expect(cleanText('Error: Rendered more hooks than during the previous render.')).toBe('Rendered more hooks than during the previous render.');
    expect(cleanText('Warning: React has detected a change in the order of Hooks')).toBe('React has detected a change in the order of Hooks');
    expect(cleanText('IntegrationError: Command onSetOptions not supported')).toBe('IntegrationError: Command onSetOptions not supported');
  });

  it('stack frames of V8, Firefox, Safari, Chrome’s console, React component stacks and Python tracebacks', () => {
    const message = 'TypeError: ref.current[key] is not a function';
    for (const frames of [
      '    at SupportChat (https://app.example.com/assets/index-Cx81.js:2:10433)\n    at async Promise.all (index-Cx81.js:1:22)',
      '    at https://app.example.com/assets/index-Cx81.js:2:10433',
      'SupportChat@https://app.example.com/assets/index-Cx81.js:2:10\n@https://app.example.com/assets/index-Cx81.js:1:5',
      'global code@https://app.example.com/:12:3\npromiseReactionJob@[native code]',
      '(anonymous) @ index-Cx81.js:2',
      '    SupportChat https://app.example.com/assets/index-Cx81.js:2:10433',
      '    in SupportChat (at App.js:12)\n    in div (created by App)',
    ]) {
      expect(cleanText(`${message}\n${frames}`), frames).toBe(message);
    }
    expect(cleanText('Traceback (most recent call last):\n  File "/app/server.py", line 12, in respond\nRuntimeError: boom')).toBe('RuntimeError: boom');
    expect(cleanText(`Uncaught ${message} at Object.focusComposer (chatkit-react.js:1:2345)`)).toBe(message);
  });

  it('file names with hashes, line and column numbers, and compiler locations', () => {
    expect(cleanText('chatkit-react.js:1 ChatKit element is not mounted')).toBe('ChatKit element is not mounted');
    expect(cleanText('VM123:4 Session expired')).toBe('Session expired');
    expect(cleanText('Loaded index-Cx81aF3b.js')).toBe('Loaded');
    expect(cleanText("src/App.tsx(12,11): error TS2339: Property 'control' does not exist on type 'void'.")).toBe(
      "Property 'control' does not exist on type 'void'.",
    );
    expect(cleanText("Type 'string' is not assignable to type 'AccentColor'.ts(2322)")).toBe("Type 'string' is not assignable to type 'AccentColor'.");
  });

  it('URLs down to the words of their path, hosts and ports gone', () => {
    expect(cleanText('POST https://api.openai.com/v1/chatkit/domain_keys/verify_hosted?x=1#y 401 (Unauthorized)')).toBe(
      'POST chatkit domain_keys verify_hosted 401 (Unauthorized)',
    );
    same('POST http://localhost:3000/chatkit 401 (Unauthorized)', 'POST https://chat.example.com/chatkit 401 (Unauthorized)');
    expect(cleanText('from origin cdn.platform.openai.com via 127.0.0.1:8000 and localhost:5173')).toBe('from origin via and');
    expect(cleanText('Works on localhost, blank in production')).toBe('Works on localhost, blank in production');
  });

  it('ids: the prefix that says what it is stays, the random part goes', () => {
    same("Workflow with id 'wf_68df4a5b9c0e81908c2d1e3f4a5b6c7d' not found.", "Workflow with id 'wf_…' not found.");
    same("Chatkit Session with id 'cksess_68e1a2b3c4d5' not found.", "Chatkit Session with id 'cksess_…' not found.");
    same('thread cthr_abc123 for secret ek_mock_a1b2c3d4', 'thread cthr_… for secret ek_…');
    same('Incorrect API key provided: sk-proj-abc123def456.', 'Incorrect API key provided: sk-….');
    expect(cleanText('(request id: req_4f9a1c2b3d)')).toBe('(request id: req )');
    expect(cleanText('x-request-id: 9f8e7d6c5b4a39281706 trace 123e4567-e89b-12d3-a456-426614174000')).toBe('x-request-id: trace');
  });

  it('numbers, except HTTP statuses', () => {
    expect(cleanText('The chat works, then fails after about 10 minutes at 12:34:56.789')).toBe('The chat works, then fails after about minutes at');
    expect(cleanText('An OPTIONS request answers 400, 404 or 405')).toBe('An OPTIONS request answers 400, 404 or 405');
  });

  it('typographic quotes and ellipses', () => {
    same('There was an error while generating the assistant’s response.', "There was an error while generating the assistant's response.");
    same('Fetch API cannot load … due to access control checks.', 'Fetch API cannot load ... due to access control checks.');
    expect(normalise('can’t “x”').phrase).toBe(normalise('can\'t "x"').phrase);
  });

  it('JSON error envelopes down to their message and code, compact, pretty-printed or escaped', () => {
    const message = 'File uploads are disabled for this session.';
    const compact = `{"error":{"message":"${message}","type":"invalid_request_error","param":null,"code":"chatkit.file_upload_disabled"}}`;
    expect(cleanText(compact)).toBe(`${message}\nchatkit.file_upload_disabled`);
    expect(cleanText(JSON.stringify(JSON.parse(compact), null, 2))).toBe(`${message}\nchatkit.file_upload_disabled`);
    expect(cleanText(`body: "${compact.replace(/"/g, '\\"')}"`)).toBe(`body: " ${message}\nchatkit.file_upload_disabled "`);
    expect(cleanText('{"message":"Invalid client_secret provided.","type":"invalid_request_error","param":null,"code":null}')).toBe(
      'Invalid client_secret provided.',
    );
  });

  it('keeps objects that are not error envelopes as they are, such as a ChatKit stream event', () => {
    const event = 'data: {"type":"error","code":"custom","message":"Try again","allow_retry":false}';
    expect(cleanText(event)).toBe(event);
    expect(cleanText('{"detail":"Unauthorized"}')).toBe('{"detail":"Unauthorized"}');
  });
});

describe('cleanText writes one failure in one wording', () => {
  it('Chrome’s, Firefox’s, Safari’s and Node’s words for a fetch without a response', () => {
    for (const wording of ['NetworkError when attempting to fetch resource.', 'Load failed', 'Network request failed', 'fetch failed']) {
      same(`TypeError: ${wording}`, 'TypeError: Failed to fetch');
    }
  });

  it('a property read of undefined in today’s V8, V8 before 2021, Firefox and Safari', () => {
    const today = "TypeError: Cannot read properties of undefined (reading 'control')";
    same("TypeError: Cannot read property 'control' of undefined", today);
    same('TypeError: can\'t access property "control", chatkit is undefined', today);
    same("TypeError: undefined is not an object (evaluating 'chatkit.control')", today);
    same("TypeError: null is not an object (evaluating 'ref.current')", "TypeError: Cannot read properties of null (reading 'current')");
  });

  it('JSON.parse of HTML in V8 before and after 2022', () => {
    same('SyntaxError: Unexpected token < in JSON at position 0', "SyntaxError: Unexpected token '<', is not valid JSON");
  });

  it('React production errors as their development text, and unknown numbers without one', () => {
    same(
      'Minified React error #310; visit https://react.dev/errors/310?args[]=x for the full message or use the non-minified dev environment for full errors and additional helpful warnings.',
      'Minified React error Rendered more hooks than during the previous render.',
    );
    same('Minified React error #300; visit https://react.dev/errors/300 for the full message', 'Minified React error Rendered fewer hooks than expected. This may be caused by an accidental early return statement.');
    expect(cleanText('Uncaught Error: Minified React error #9999; visit https://react.dev/errors/9999 for the full message')).toBe('Minified React error');
  });
});

describe('analyse', () => {
  it('keeps identifiers whole and splits them into their parts', () => {
    const { terms } = analyse('client_secret InvalidFrameParamsError chatkit.file_upload_disabled domainKey Access-Control-Allow-Origin');
    const whole = ['client_secret', 'chatkit.file_upload_disabled', 'access-control-allow-origin'];
    const parts = ['client', 'secret', 'invalid', 'frame', 'params', 'error', 'chatkit', 'file', 'upload', 'disabled', 'domain', 'key', 'access', 'allow', 'origin'];
    expect(terms).toEqual(expect.arrayContaining([...whole, ...[...parts, 'invalidframeparamserror', 'domainkey'].map(stem)]));
  });

  it('drops stop words from the terms but keeps every word in the phrase, whatever the case', () => {
    const { terms, phrase } = analyse('The chat is blank');
    expect(terms).toEqual(['chat', 'blank']);
    expect(phrase).toBe(' the chat is blank ');
    expect(analyse('CHATKIT element').phrase).toBe(analyse('ChatKit element').phrase);
  });

  it('stems so that forms of a word meet', () => {
    expect(new Set(['fails', 'failed', 'failing', 'fail'].map(stem))).toEqual(new Set(['fail']));
    expect(new Set(['move', 'moves', 'moved', 'moving'].map(stem)).size).toBe(1);
    expect(stem('messages')).toBe(stem('message'));
    expect(stem('properties')).toBe(stem('property'));
  });

  it('tells a word still being typed from a finished one', () => {
    expect(analyse('Invalid client_sec').unfinished).toBe('sec');
    expect(analyse('Invalid client ').unfinished).toBeUndefined();
    expect(analyse('Session expired.').unfinished).toBeUndefined();
  });

  it('bounds the terms of any text', () => {
    const words = Array.from({ length: 5_000 }, (_, index) => `word${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + ((index / 26) % 26))}x`);
    expect(analyse(words.join(' ')).terms.length).toBeLessThanOrEqual(maxTerms);
  });
});

const pages: FinderPage[] = [
  {
    href: '/failed-to-fetch-cors/',
    title: '"Failed to fetch" and CORS errors',
    modes: ['custom-server'],
    errors: ['TypeError: Failed to fetch'],
    symptoms: ['The chat never starts'],
    headings: [],
  },
  { href: '/session-expires/', title: 'Session expires', modes: ['hosted'], errors: ['Session expired'], symptoms: ['Messages fail after a while'], headings: ['Refresh'] },
];
const index = buildFinderIndex(pages);

describe('the finder on pastes that are not one error', () => {
  const randomText = (length: number, seed: number) => {
    let state = seed;
    return Array.from({ length }, () => {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      return String.fromCharCode(state % 0x10000);
    }).join('');
  };

  it.each([
    ['an empty paste', ''],
    ['only white space', ' \n\t\n '],
    ['only punctuation', '{}[]()"\'`;:,.!?'.repeat(200)],
    ['only a stack trace', '    at a (https://x/index-Cx81.js:2:10433)\n'.repeat(500)],
    ['only a Firefox stack trace', 'a@https://x/index-Cx81.js:2:10\n'.repeat(500)],
    ['random UTF-16, lone surrogates included', randomText(20_000, 7)],
    ['random bytes read as Latin-1', Buffer.from(randomText(50_000, 3)).toString('latin1')],
    ['100 KB of one unbroken word', 'a'.repeat(100_000)],
    ['100 KB of opening braces', '{'.repeat(100_000)],
    ['100 KB of quotes and backslashes', '"\\'.repeat(50_000)],
    ['100 KB of an unclosed JSON string', `{"error":{"message":"${'x'.repeat(100_000)}`],
    ['100 KB of colons and digits', ':1'.repeat(50_000)],
    ['100 KB of a URL', `https://x/${'a/'.repeat(50_000)}`],
    ['a 100 KB console log with the error at its start', `TypeError: Failed to fetch\n${'    at f (https://x/a.js:1:1)\nlog line 123\n'.repeat(3_000)}`],
  ])('%s: answers without throwing', (_name, paste) => {
    const answer = findPages(index, paste);
    expect(Array.isArray(answer.matches)).toBe(true);
    expect(typeof answer.found).toBe('boolean');
  });

  it('says there is no match for an empty paste, a stack trace alone or garbage', () => {
    for (const paste of ['', '    at a (https://x/index-Cx81.js:2:10433)', randomText(2_000, 11)]) expect(findPages(index, paste).found).toBe(false);
  });

  it('reads only the start of a huge paste', () => {
    expect(findPages(index, `TypeError: Failed to fetch\n${'filler '.repeat(20_000)}`).matches[0]?.href).toBe('/failed-to-fetch-cors/');
    expect(findPages(index, `${'filler '.repeat(maxPasteChars)}Session expired`).found).toBe(false);
  });

  it('an empty index answers no match', () => {
    expect(findPages(buildFinderIndex([]), 'TypeError: Failed to fetch')).toEqual({ matches: [], found: false });
  });
});

describe('the term Starlight’s search looks for', () => {
  it('is the first line of the message without its noise, in at most a dozen words', () => {
    expect(searchTermFor('Uncaught (in promise) TypeError: NetworkError when attempting to fetch resource.\n    at f (https://x/a.js:1:2)')).toBe(
      'TypeError: Failed to fetch',
    );
    expect(searchTermFor('Error: Invalid client_secret provided. (request id: req_4f9a1c2b3d)')).toBe('Invalid client_secret provided. (request id: req )');
    expect(searchTermFor('a b c d e f g h i j k l m n o p').split(' ')).toHaveLength(12);
    expect(searchTermFor('')).toBe('');
  });
});

describe('the query in the URL', () => {
  it('is read from ?q= and written back, or removed when blank', () => {
    expect(queryFromSearch('?q=Failed+to+fetch&x=1')).toBe('Failed to fetch');
    expect(queryFromSearch('')).toBe('');
    expect(urlWithQuery('https://site.example/?x=1#top', 'Failed to fetch')).toBe('/?x=1&q=Failed+to+fetch#top');
    expect(urlWithQuery('https://site.example/?q=old', '  ')).toBe('/');
  });

  it('keeps a query too long for a URL cut to fit, whatever its characters', () => {
    for (const long of ['x'.repeat(100_000), '✖ →'.repeat(5_000), '😀'.repeat(3_000), '\uD800a'.repeat(2_000)]) {
      const kept = queryForUrl(long);
      expect(new URLSearchParams({ q: kept }).toString().length - 2).toBeLessThanOrEqual(maxEncodedQueryLength);
      expect(kept.length).toBeGreaterThan(100);
      expect(queryFromSearch(urlWithQuery('https://site.example/', long).replace(/^\//, ''))).toBe(kept);
    }
    expect(queryForUrl('short')).toBe('short');
  });
});
