// @vitest-environment node
// The symptom finder on the real pages: messages as readers paste them (other browsers' and versions'
// wordings, wrapped in prefixes, stack frames, JSON envelopes, with ids), and what they describe in their
// own words, each with the page that must come first. Prints the top-1 and top-3 rates; fails below 95 %
// top-1.
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFinderIndex } from '../../src/finder/finder-index';
import { finderPages, headingsOf, type FinderSource } from '../../src/finder/finder-pages';
import { findPages } from '../../src/finder/match';

/** Every page in content/, read as the site's collection reads it: its frontmatter, and its body for headings. */
function contentSources(): FinderSource[] {
  return readdirSync('content')
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(`content/${file}`, 'utf8');
      const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const data = parse(frontmatter) as {
        title: string;
        sidebar?: { order?: number };
        errors?: string[];
        symptoms?: string[];
        modes?: string[];
      };
      return {
        id: file.replace(/\.mdx$/, ''),
        title: data.title,
        order: data.sidebar?.order,
        errors: data.errors ?? [],
        symptoms: data.symptoms ?? [],
        modes: data.modes ?? [],
        headings: headingsOf(body),
      };
    });
}

const index = buildFinderIndex(finderPages(contentSources(), '/'));

/**
 * [what the reader pastes or types, the page that must come first]. Where several pages list the same
 * text (a shared error), any of them is right. Rows marked "noisy" carry a lot around the message.
 */
const table: Array<[paste: string, page: string | string[]]> = [
  // Cannot read 'control' / hook errors
  [
    "Uncaught TypeError: Cannot read properties of undefined (reading 'control')\n    at SupportChat (http://localhost:5173/src/SupportChat.tsx:14:31)\n    at renderWithHooks (http://localhost:5173/node_modules/.vite/deps/react-dom_client.js?v=3f2a1b9c:5652:26)",
    'cannot-read-control',
  ],
  ["TypeError: Cannot read property 'control' of undefined", 'cannot-read-control'],
  [
    'Uncaught TypeError: can\'t access property "control", chatKit is undefined\n    SupportChat https://app.example.com/assets/index-Cx81aF3b.js:2:10433',
    'cannot-read-control',
  ],
  ["TypeError: undefined is not an object (evaluating 'chat.control')", 'cannot-read-control'],
  [
    'Uncaught Error: Minified React error #310; visit https://react.dev/errors/310?args[]= for the full message or use the non-minified dev environment for full errors and additional helpful warnings.\n    at Ai (index-Cx81.js:40:9211)',
    'cannot-read-control',
  ],
  ['Error: Minified React error #300; visit https://react.dev/errors/300 for the full message', 'cannot-read-control'],
  [
    // noisy: React's whole warning with its table of hooks
    'Warning: React has detected a change in the order of Hooks called by SupportChat. This will lead to bugs and errors if not fixed. For more information, read the Rules of Hooks: https://react.dev/link/rules-of-hooks\n\n   Previous render            Next render\n   ------------------------------------------------------\n1. useState                   useState\n2. undefined                  useContext\n   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n\n    at SupportChat (http://localhost:5173/src/SupportChat.tsx:9:20)',
    'cannot-read-control',
  ],
  ['Uncaught Error: Rendered more hooks than during the previous render.\n    at updateWorkInProgressHook (react-dom.development.js:15688:13)', 'cannot-read-control'],
  ['Uncaught TypeError: ref.current[key] is not a function\n    at Object.sendUserMessage (chatkit-react.js:1:2345)', 'cannot-read-control'],
  ['chatkit-react.js:1 ChatKit element is not mounted', 'cannot-read-control'],
  ["src/App.tsx(12,11): error TS2339: Property 'control' does not exist on type 'void'.", 'cannot-read-control'],
  ["TypeError: Cannot read properties of undefined (reading 'options')\n    at ChatKit (chatkit-react.js:1:912)", 'cannot-read-control'],

  // Invalid client_secret
  ['Error: Invalid client_secret provided. (request id: req_4f9a1c2b3d)', 'invalid-client-secret'],
  ['Uncaught (in promise) Error: Missing client secret in response\n    at getClientSecret (ChatPanel.tsx:23:13)', ['invalid-client-secret', 'unauthorized-401']],
  [
    '{"error":{"message":"Workflow with id \'wf_68df4a5b9c0e81908c2d1e3f4a5b6c7d\' not found.","type":"invalid_request_error","param":null,"code":null}}',
    ['invalid-client-secret', 'unauthorized-401'],
  ],
  ["NotFoundError: 404 Workflow with id 'wf_abc123' not found.", ['invalid-client-secret', 'unauthorized-401']],
  [
    "TypeError: Cannot read properties of undefined (reading 'sessions')\n    at POST (file:///app/.next/server/app/api/chatkit/session/route.js:8:45)",
    'invalid-client-secret',
  ],
  ['TypeError: can\'t access property "sessions", openai.chatkit is undefined', 'invalid-client-secret'],
  ["TypeError: Cannot read property 'sessions' of undefined", 'invalid-client-secret'],
  ["error TS2322: Type 'Promise<{ client_secret: string; }>' is not assignable to type 'Promise<string>'.", 'invalid-client-secret'],
  ['SyntaxError: JSON.parse: unexpected character at line 1 column 1 of the JSON data', 'invalid-client-secret'],
  ["[Error] SyntaxError: JSON Parse error: Unrecognized token '<'", 'invalid-client-secret'],
  ['Uncaught (in promise) SyntaxError: Unexpected token < in JSON at position 0', ['invalid-client-secret', 'unauthorized-401']],
  ["Chatkit Session with id 'cksess_68e1a2b3c4d5' not found.", ['invalid-client-secret', 'unauthorized-401']],

  // Failed to fetch / CORS
  [
    'Uncaught (in promise) TypeError: Failed to fetch\n    at window.fetch (http://localhost:5173/node_modules/.vite/deps/chunk-4f3a2b1c.js?v=9e8d7c6b:12:9)\n    at getClientSecret (http://localhost:5173/src/Chat.tsx:18:29)',
    'failed-to-fetch-cors',
  ],
  ['[Error] TypeError: Load failed', 'failed-to-fetch-cors'],
  ['TypeError: NetworkError when attempting to fetch resource.', 'failed-to-fetch-cors'],
  ['TypeError: fetch failed\n    at node:internal/deps/undici/undici:13502:13', 'failed-to-fetch-cors'],
  [
    "Access to fetch at 'http://localhost:8000/chatkit' from origin 'http://localhost:3000' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.",
    'failed-to-fetch-cors',
  ],
  [
    "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://api.example.com/chatkit. (Reason: CORS header 'Access-Control-Allow-Origin' missing). Status code: 200.",
    'failed-to-fetch-cors',
  ],
  [
    'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at http://127.0.0.1:8000/chatkit. (Reason: CORS preflight response did not succeed). Status code: 405.',
    'failed-to-fetch-cors',
  ],
  ['Fetch API cannot load https://api.example.com/chatkit due to access control checks.', 'failed-to-fetch-cors'],
  ['[Error] Origin http://localhost:3000 is not allowed by Access-Control-Allow-Origin. Status code: 204', 'failed-to-fetch-cors'],
  [
    "Access to fetch at 'https://chat.example.com/chatkit' from origin 'https://www.example.com' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
    'failed-to-fetch-cors',
  ],
  [
    "Access to fetch at 'https://api.example.com/api/chatkit/session' from origin 'https://app.example.com' has been blocked by CORS policy: Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.",
    'failed-to-fetch-cors',
  ],
  [
    // noisy: the hosted frame's CORS error and the failed request under it
    "Access to fetch at 'https://api.openai.com/v1/chatkit/conversation' from origin 'https://cdn.platform.openai.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\nPOST https://api.openai.com/v1/chatkit/conversation net::ERR_FAILED 500 (Internal Server Error)\n(anonymous) @ index-Bv2kLm9Q.js:12",
    ['client-tool-fails', 'failed-to-fetch-cors'],
  ],
  ['CORP not set, blocked by parent COEP policy', 'coep-blocks-chatkit'],

  // Invalid frame params
  [
    'Uncaught InvalidFrameParamsError: Invalid frame params: ChatKit.create(): ✖ Invalid input → at api\n    at Object.create (https://cdn.platform.openai.com/deployments/chatkit/chatkit.js:1:48211)',
    'invalid-frame-params',
  ],
  [
    'Uncaught (in promise) InvalidFrameParamsError: Invalid frame params: ChatKit.create():\n✖ Invalid input\n  → at api',
    'invalid-frame-params',
  ],
  [
    'InvalidFrameParamsError: Invalid frame params: ChatKit.create():\n✖ Unrecognized key: "uploadStrategy"\n  → at composer.attachments',
    ['invalid-frame-params', 'file-upload-fails'],
  ],
  ["Property 'domainKey' is missing in type '{ url: string; }' but required in type 'CustomApiConfig'.", ['invalid-frame-params', 'moving-off-agent-builder']],

  // File upload fails
  [
    'POST https://api.openai.com/v1/chatkit/files 400 (Bad Request)\n{"error":{"message":"File uploads are disabled for this session.","type":"invalid_request_error","param":null,"code":"chatkit.file_upload_disabled"}}',
    'file-upload-fails',
  ],
  [
    '{\n  "error": {\n    "message": "Uploaded file type is not allowed for this session.",\n    "type": "invalid_request_error",\n    "param": null,\n    "code": "chatkit.file_upload_type_rejected"\n  }\n}',
    'file-upload-fails',
  ],
  [
    // noisy: a Python traceback
    'Traceback (most recent call last):\n  File "/app/.venv/lib/python3.12/site-packages/chatkit/server.py", line 412, in _process_non_streaming\n    attachment = await self._get_attachment_store().create_attachment(\n  File "/app/.venv/lib/python3.12/site-packages/chatkit/server.py", line 298, in _get_attachment_store\n    raise RuntimeError(\nRuntimeError: AttachmentStore is not configured. Provide a AttachmentStore to ChatKitServer to handle file operations.',
    'file-upload-fails',
  ],
  ['NotImplementedError: MyAttachmentStore must override create_attachment() to support two-phase file upload', 'file-upload-fails'],
  ['TypeError: Failed to parse body as FormData.\n    at node:internal/deps/undici/undici:5296:19', 'file-upload-fails'],
  ['my csv files get rejected when I attach them', 'file-upload-fails'],

  // Messages not displaying
  [
    'Uncaught (in promise) IntegrationError: Command onSetOptions not supported\n    at https://cdn.platform.openai.com/deployments/chatkit/index-Bv2kLm9Q.js:12:8812',
    'messages-not-displaying',
  ],
  ['Error: ChatKit web component is unavailable. Verify that the script URL is reachable.', ['chatkit-script-not-loaded', 'messages-not-displaying']],
  ['the chat widget has zero height', 'messages-not-displaying'],

  // Error while generating the response
  ['There was an error while generating the assistant’s response.', 'response-error'],
  ['event: message\ndata: {"type": "error", "code": "stream.error", "allow_retry": true}', 'response-error'],
  ['the widget shows an error and a retry button instead of an answer', 'response-error'],

  // Session expires
  ['Uncaught (in promise) Error: Session expired\n    at getClientSecret (Chat.tsx:31:15)', 'session-expires'],
  ["error TS2353: Object literal may only specify known properties, and 'onSessionExpired' does not exist in type 'UseChatKitOptions'.", 'session-expires'],
  ['the chat stops working after 10 minutes', 'session-expires'],

  // Theme not applying
  ["Type '\"system\"' is not assignable to type 'ColorScheme | undefined'.ts(2322)", 'theme-not-applying'],
  ["Property 'theme' does not exist on type 'IntrinsicAttributes & ChatKitProps & RefAttributes<OpenAIChatKit>'.", 'theme-not-applying'],
  ["Type 'string' is not assignable to type 'AccentColor'.", 'theme-not-applying'],
  ['dark mode is ignored by the chat', 'theme-not-applying'],

  // High latency
  ["Object literal may only specify known properties, and 'onMessageSent' does not exist in type 'UseChatKitOptions'.ts(2353)", 'high-latency'],
  ['the assistant is really slow to answer', 'high-latency'],

  // 401 Unauthorized and custom-server mode
  ['POST https://chat.example.com/api/chatkit/session 401 (Unauthorized)', 'unauthorized-401'],
  [
    '{"error":{"message":"Incorrect API key provided: sk-proj-********************************************abcd. You can find your API key at https://platform.openai.com/account/api-keys.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}',
    'unauthorized-401',
  ],
  ['AuthenticationError: 401 Incorrect API key provided: sk-abc123.', 'unauthorized-401'],
  ["Object literal may only specify known properties, and 'clientToken' does not exist in type 'CustomApiConfig | HostedApiConfig'.", 'unauthorized-401'],
  ['POST https://chatkit.example.com/chatkit 401 (Unauthorized)\n{"detail":"Unauthorized"}', ['unauthorized-401', 'custom-server-mode', 'moving-off-agent-builder']],
  ['my chatkit server answers 401 to every message', ['custom-server-mode', 'unauthorized-401']],

  // Blank on the deployed domain
  ['works on localhost but the widget is blank on vercel preview urls', 'deployed-domain-blank'],
  [
    'POST https://api.openai.com/v1/chatkit/domain_keys/verify_hosted 401 (Unauthorized)\nx-request-id: req_8c1f2e9a7b6d5c4e3f2a1b0c9d8e7f6a',
    ['deployed-domain-blank', 'unauthorized-401'],
  ],
  ['the chat shows for a second and then vanishes on the live site', 'deployed-domain-blank'],

  // Replies arrive all at once
  ['the reply shows up all at once instead of streaming', 'buffering-proxy'],
  ['streaming works locally but not behind nginx', 'buffering-proxy'],

  // Memory leaks
  ['memory keeps growing and the heap snapshot shows detached iframes', 'memory-leaks'],
  ['my chatkit event handler runs twice for every event', 'memory-leaks'],

  // Moving off Agent Builder
  ['Agent Builder is shutting down, how do I move to my own server?', 'moving-off-agent-builder'],

  // The ChatKit script never loaded
  [
    "Refused to load the script 'https://cdn.platform.openai.com/deployments/chatkit/chatkit.js' because it violates the following Content Security Policy directive: \"script-src 'self' 'unsafe-inline'\".",
    'chatkit-script-not-loaded',
  ],
  ['chatkit.js:1  Failed to load resource: net::ERR_BLOCKED_BY_CLIENT', 'chatkit-script-not-loaded'],
  ['getClientSecret is never called and nothing shows up', 'chatkit-script-not-loaded'],

  // Not a secure context
  ['Uncaught TypeError: crypto.randomUUID is not a function\n    at index-CZh8BX21.js:360:78621', 'crypto-randomuuid-not-a-function'],
  ['the chat works on localhost but is blank when I open it on my phone', 'crypto-randomuuid-not-a-function'],

  // Two sessions per page load in development
  ['why does my session endpoint get called twice on every page load in dev?', 'strictmode-double-session'],
  ['two threads are created every time the chat opens', 'strictmode-double-session'],

  // Server rendering
  [' ⨯ ReferenceError: customElements is not defined\n    at eval (./components/SupportChat.tsx:5:1)\n    at (ssr)/./components/SupportChat.tsx (/app/.next/server/app/page.js:162:1)', 'ssr-custom-elements'],
  ['ReferenceError: HTMLElement is not defined\n    at file:///app/dist/server/chunks/pages/index.astro.mjs:12:23', 'ssr-custom-elements'],

  // Client tools
  ["Uncaught (in promise) TypeError: Converting circular structure to JSON\n    --> starting at object with constructor 'ForecastCache'\n    |     property 'entries' -> object with constructor 'Map'\n    --- property 'cache' closes the circle", 'client-tool-fails'],
  ['TypeError: Do not know how to serialize a BigInt\n    at JSON.stringify (<anonymous>)', 'client-tool-fails'],

  // Widget buttons
  ['Uncaught (in promise) IntegrationError: ChatKit: sendAction() ignored - no active thread.', 'widget-action-ignored'],
  ['ERROR:chatkit:NotImplementedError: The action() method must be overridden to react to actions.', 'widget-action-ignored'],
  ['clicking the button in my widget does nothing', 'widget-action-ignored'],

  // COEP
  ['Because your site has the Cross-Origin Embedder Policy (COEP) enabled, each resource must specify a suitable Cross-Origin Resource Policy (CORP).', 'coep-blocks-chatkit'],

  // The debug code from the guides
  ['Uncaught (in promise) ReferenceError: data is not defined\n    at getClientSecret (SupportChat.tsx:24:9)', 'getting-help'],
];

describe('the symptom finder on the real pages', () => {
  it(`finds the right page first for at least 95 % of ${table.length} pastes`, () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
    let top1 = 0;
    let top3 = 0;
    let found = 0;
    const misses: string[] = [];
    for (const [paste, expected] of table) {
      const wanted = [expected].flat().map((slug) => `/${slug}/`);
      const answer = findPages(index, paste, { limit: 3 });
      const hrefs = answer.matches.map((match) => match.href);
      if (answer.found) found++;
      if (wanted.includes(hrefs[0] ?? '')) top1++;
      else misses.push(`${JSON.stringify(paste.slice(0, 90))}: wanted ${wanted.join(' or ')}, got ${hrefs.join(', ') || 'nothing'}`);
      if (hrefs.some((href) => wanted.includes(href))) top3++;
    }
    const percent = (count: number) => `${((count / table.length) * 100).toFixed(1)} %`;
    console.info(
      `[symptom finder] ${table.length} pastes: top-1 ${top1} (${percent(top1)}), top-3 ${top3} (${percent(top3)}); ` +
        `answered as a match, not only the closest pages: ${found} (${percent(found)})`,
    );
    if (misses.length > 0) console.info(`[symptom finder] not first:\n  ${misses.join('\n  ')}`);
    expect(top1 / table.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds every page among the first three for each error text it lists', () => {
    const lost = contentSources().flatMap(({ id, errors }) =>
      errors.filter((error) => !findPages(index, error, { limit: 3 }).matches.some((match) => match.href === `/${id}/`)).map((error) => `${id}: ${error}`),
    );
    expect(lost).toEqual([]);
  });

  it('answers with the line of the page that matched, in the wording closest to the paste, and the page’s modes', () => {
    const [first] = findPages(index, 'TypeError: NetworkError when attempting to fetch resource.').matches;
    expect(first).toMatchObject({ href: '/failed-to-fetch-cors/', line: 'TypeError: NetworkError when attempting to fetch resource.', lineKind: 'error' });
    expect(first!.modes).toEqual(['custom-server', 'hosted']);
    const [symptom] = findPages(index, 'the chat disappears after a second').matches;
    expect(symptom).toMatchObject({ href: '/deployed-domain-blank/', line: 'The chat appears, then disappears after 1–2 seconds', lineKind: 'symptom' });
  });

  it('says so when no page lists the text, and still offers the closest pages', () => {
    for (const paste of ["Uncaught DOMException: Failed to execute 'setItem' on 'Storage'\n    at index-Dk2n3Lp9.js:40:1123", 'npm ERR! code EACCES', 'my cat ate my homework']) {
      expect(findPages(index, paste).found, paste).toBe(false);
    }
    expect(findPages(index, "Uncaught DOMException: Failed to execute 'setItem' on 'Storage'").matches.length).toBeGreaterThan(0);
  });

  it('finds a page while its error is still being typed', () => {
    expect(findPages(index, 'Invalid client_sec').matches[0]?.href).toBe('/invalid-client-secret/');
    expect(findPages(index, 'InvalidFrameParams').matches[0]?.href).toBe('/invalid-frame-params/');
  });
});

describe('the headings a page adds to the index', () => {
  it('are read from its body as text, outside fenced code', () => {
    const body = '## The symptom\n\n```md\n## Not a heading\n```\n\n### Your ChatKit server (`custom-server` mode)\n#### [Linked](/x/) ##\n';
    expect(headingsOf(body)).toEqual(['The symptom', 'Your ChatKit server (custom-server mode)', 'Linked']);
  });
});
