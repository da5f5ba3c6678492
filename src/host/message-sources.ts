/**
 * Where each error text a page quotes comes from, and what in the test suite checks it. TypeScript's
 * messages are compiled by a test; every other text matches one of these rules, first match wins, and a
 * unit test fails on a page error that matches none.
 */

/** How the TypeScript messages a page may quote begin. */
export const compilerMessageStart =
  /(?:Type '|Object literal may only specify known properties|Property '[^']+' (?:does not exist|is missing)|Argument of type '|No overload matches|Cannot find name '|Module '[^']+' has no exported member|Expected \d+ arguments?)/g;

export const isCompilerMessage = (text: string): boolean => new RegExp(`^${compilerMessageStart.source}`).test(text);

export interface MessageSource {
  /** Who prints the text. */
  origin: string;
  /** What the test suite compares it with, or that nothing does. */
  checked: string;
}

const chromium: MessageSource = {
  origin: 'Chromium (Chrome, Edge)',
  checked: 'Compared in unit tests with what Chromium 156 printed for the same requests on this machine.',
};
const otherBrowsers: MessageSource = {
  origin: 'Firefox or Safari',
  checked: 'Not run here: the wording comes from the browsers’ own messages as users report them.',
};
const engine: MessageSource = {
  origin: 'The JavaScript engine (V8 in Chrome and Node)',
  checked: 'Thrown for real by the broken code in the sandboxes, in Chromium and in Node; the claims check the text.',
};
const react: MessageSource = {
  origin: 'React',
  checked: 'Raised for real by React in the sandboxes; the claims check only what the development and production builds share.',
};
const widget: MessageSource = {
  origin: 'The ChatKit widget (chatkit.js)',
  checked: 'Not checked against the real script, which the sandboxes replace; the simulator prints the wording users report.',
};
const openai: MessageSource = {
  origin: 'OpenAI’s API',
  checked: 'Not checked against the live API (nothing leaves the browser); the mock answers with the bodies the API reference and issue reports show.',
};

const rules: [RegExp, MessageSource][] = [
  [/^(Uncaught )?(\(in promise\) )?(InvalidFrameParamsError|IntegrationError)|^✖ |^→ at /, widget],
  [/^There was an error while generating|^ChatKit: sendAction\(\) ignored/, widget],
  [
    /^data: \{"type":"error"/,
    {
      origin: 'A ChatKit server’s event stream (OpenAI’s, or chatkit-python’s ErrorEvent)',
      checked: 'The simulated server’s events are compared with real chatkit-python’s in the conformance test.',
    },
  ],
  [
    /^ChatKit element is not mounted|^TypeError: ref\.current\[key\]/,
    {
      origin: '@openai/chatkit-react',
      checked: 'Read in the bindings’ source (dist/index.js of the pinned version), which the sandboxes run.',
    },
  ],
  [/^(Invalid client_secret|Workflow with id|Incorrect API key|invalid_api_key|chatkit\.file_upload|File uploads are disabled|Uploaded file type)/, openai],
  [
    /^Access to fetch at 'https:\/\/api\.openai\.com\/v1\/chatkit\/conversation' from origin 'https:\/\/cdn\.platform\.openai\.com'/,
    {
      origin: 'Chromium, for ChatKit’s own frame (cdn.platform.openai.com) reading an answer of OpenAI’s API without CORS headers',
      checked: 'As users report it; the sandboxes’ mock API writes the same line when its answer has no CORS headers, and the claims check it.',
    },
  ],
  [/^POST https:\/\/api\.openai\.com\/|^Access to fetch at 'https:\/\/api\.openai\.com|^net::ERR_FAILED/, { ...openai, origin: 'OpenAI’s API, as Chromium’s console shows it' }],
  [/^(TypeError: )?(NetworkError when attempting|Load failed)|^Cross-Origin Request Blocked|^Fetch API cannot load|^TypeError: can't access property|^TypeError: undefined is not an object|^SyntaxError: JSON(\.parse| Parse)/, otherBrowsers],
  [/^(TypeError: )?Failed to fetch|^Access to (fetch|XMLHttpRequest) at|^The value of the 'Access-Control|^Request header field/, chromium],
  [
    /^POST (http|…)/,
    {
      origin: 'Chromium’s console, for a request that failed',
      checked: 'The claims check the request and its status; the line’s layout is Chrome’s own and not compared.',
    },
  ],
  [/^Invalid MIME type/, { origin: 'Chromium', checked: 'Seen in Chromium on this machine by hand; no test compares it.' }],
  [/^TypeError: Cannot read properties of undefined \(reading '(control|options)'\)|^SyntaxError: Unexpected token '<'|^ReferenceError: data is not defined/, engine],
  [
    /^ReferenceError: (customElements|HTMLElement|window|document) is not defined$/,
    {
      origin: 'V8 in Node, during server rendering',
      checked:
        'Thrown for real by tests/unit/ssr-custom-elements.test.tsx, which imports and renders the page’s code with react-dom/server in Node and compares the text exactly.',
    },
  ],
  [
    /^TypeError: Cannot read property '/,
    { origin: 'Older V8 (Chrome before 91, Node before 16)', checked: 'Not run here; today’s V8 prints the wording above for the same code.' },
  ],
  [
    /^TypeError: Cannot read properties of undefined \(reading 'sessions'\)/,
    {
      origin: 'V8, in your server, calling `openai.chatkit` on the Node SDK (ChatKit lives under `beta`)',
      checked: 'Not run here: the sandboxes’ server code calls the API with fetch, not the SDK.',
    },
  ],
  [/^(Rendered (more|fewer) hooks|React has detected a change in the order of Hooks|Minified React error)/, react],
  [
    /^(RuntimeError: AttachmentStore is not configured|must override create_attachment)/,
    {
      origin: 'chatkit-python',
      checked: 'The AttachmentStore text is compared in a unit test with what the real library raises; the other is read in its source.',
    },
  ],
  [
    /^NotImplementedError: The (sync_)?action\(\) method must be overridden/,
    {
      origin: 'chatkit-python (ChatKitServer’s own action() and sync_action())',
      checked: 'Raised by the real library in a unit test, which also compares the simulated server’s answers and log lines with it.',
    },
  ],
  [
    /^\{"detail":"Unauthorized"\}$|^Unauthorized$/,
    {
      origin: 'Your ChatKit server (FastAPI’s HTTPException, as chatkit-python’s docs raise it)',
      checked: 'The simulated server answers it; FastAPI is not run here.',
    },
  ],
  [
    /^Failed to parse body as FormData\./,
    { origin: 'Node’s fetch (undici)', checked: 'Thrown for real by the upload route in Node; a unit test checks it.' },
  ],
  [
    /^Missing client secret in response|^Session expired$/,
    {
      origin: 'Your own code, as OpenAI’s starter app writes it',
      checked: 'Thrown by the sandboxes’ example code, which the claims check.',
    },
  ],
  [
    /^TypeError: (Converting circular structure to JSON|Do not know how to serialize a BigInt)/,
    {
      origin: 'V8 (Chrome, Edge, Node), in JSON.stringify',
      checked:
        'Thrown for real by JSON.stringify when the simulated widget sends a client tool’s result: the circular-structure one in a sandbox, whose claims check it, and both in a unit test of the simulator.',
    },
  ],
  [
    /^TypeError: (cyclic object value|BigInt value can't be serialized in JSON|JSON\.stringify cannot serialize)/,
    { origin: 'Firefox (SpiderMonkey) or Safari (JavaScriptCore), in JSON.stringify', checked: 'Not run here: the engines’ wording as MDN’s JavaScript error reference lists it.' },
  ],
  [
    /^ChatKit web component is unavailable/,
    {
      origin: 'OpenAI’s starter app',
      checked: 'Read in the starter app’s source; the sandbox’s detection code on “Nothing renders” shows the same words, which its claims check.',
    },
  ],
  [
    /^Loading the script '[^']+' violates the following Content Security Policy directive/,
    {
      origin: 'Chromium (Chrome, Edge), for a script a Content-Security-Policy blocks',
      checked: 'Printed by Chromium 156 on this machine, by hand, for a page with that policy; the sandbox plays the block and prints the same line, which its claims check.',
    },
  ],
  [
    /^GET \S+ net::ERR_BLOCKED_BY_CLIENT$/,
    {
      origin: 'Chromium’s console, for a request an extension (an ad or privacy blocker) refused',
      checked: 'Not run here (no extension is installed); the sandbox plays the block and prints the line in Chromium’s layout, which its claims check.',
    },
  ],
  [
    /^(Uncaught )?TypeError: crypto\.randomUUID is not a function$/,
    {
      origin: 'The JavaScript engine, in ChatKit’s frame, on a page that is not a secure context (starter-app#36)',
      checked: 'Thrown for real by V8 in the sandboxes, in Chromium and in Node: the simulator calls crypto.randomUUID() where the sandbox removed it, as an insecure context does; the claims check the text.',
    },
  ],
  [
    /^CORP not set, blocked by parent COEP policy/,
    {
      origin: 'The browser, for ChatKit’s sentinel frame on a page with COEP, as a user quotes it (chatkit-js#74)',
      checked: 'Not run here: no test loads ChatKit’s real frames; the simulator prints the reported words.',
    },
  ],
  [
    /^Because your site has the Cross-Origin Embedder Policy \(COEP\) enabled/,
    {
      origin: 'Chromium DevTools’ Issues panel (its description of a resource that COEP blocked)',
      checked: 'Read in DevTools’ source and in users’ reports (starter-app#56); the sandboxes’ devtools pane has no Issues panel, and no test compares it.',
    },
  ],
];

/** Where a quoted error text comes from, or undefined when no rule knows it (a unit test fails then). */
export function sourceOf(message: string): MessageSource | undefined {
  return rules.find(([pattern]) => pattern.test(message))?.[1];
}
