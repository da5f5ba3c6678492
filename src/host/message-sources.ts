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
  [/^There was an error while generating/, widget],
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
    /^ChatKit web component is unavailable/,
    { origin: 'OpenAI’s starter app', checked: 'Read in the starter app’s source; no sandbox prints it.' },
  ],
];

/** Where a quoted error text comes from, or undefined when no rule knows it (a unit test fails then). */
export function sourceOf(message: string): MessageSource | undefined {
  return rules.find(([pattern]) => pattern.test(message))?.[1];
}
