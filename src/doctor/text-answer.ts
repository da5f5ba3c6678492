/** A plain-text answer or a pasted error message, neither JSON nor HTML nor an event stream. */
import { finding, type DoctorMode, type Finding } from './finding';

interface KnownText {
  pattern: RegExp;
  explain(mode: DoctorMode): Finding;
}

const knownTexts: KnownText[] = [
  {
    pattern: /^Internal Server Error/i,
    explain: (mode) =>
      mode === 'hosted'
        ? finding('error', 'Your session route crashed (500 “Internal Server Error”)', 'The route threw before it answered; its log has the exception. Catch errors around the session call and answer JSON with the status and message OpenAI gave.', '/invalid-client-secret/')
        : finding(
            'error',
            'Your ChatKit server answered 500 “Internal Server Error”',
            'chatkit-python raises before streaming when the body isn’t a ChatKit request, and Starlette answers this text. A smoke test with `curl -d \'{}\'` gets it too: send `{"type":"threads.list","params":{}}` instead. Otherwise the server log has the traceback.',
            '/custom-server-mode/',
          ),
  },
  {
    pattern: /^(Unauthorized|401\b)/i,
    explain: () => finding('error', 'Unauthorized (401)', 'Your own route refused the request: no credentials it accepts reached it. Which 401 it is, and the fix for each, depends on who answered.', '/unauthorized-401/'),
  },
  {
    pattern: /^(Not Found|404\b|Cannot POST\b|404 page not found)/i,
    explain: (mode) =>
      finding(
        'error',
        'Nothing answers at this URL (404)',
        `The server has no route for this path and method${mode === 'custom-server' ? ': compare `api.url` with the endpoint that calls `server.process()`' : ': compare the URL in `getClientSecret` with where the session route is'}. “Cannot POST /…” is Express saying so.`,
        mode === 'custom-server' ? '/custom-server-mode/' : '/invalid-client-secret/',
      ),
  },
  {
    pattern: /^Method Not Allowed/i,
    explain: () => finding('error', 'Method Not Allowed (405)', 'The route doesn’t accept this method: ChatKit and the session call POST. An `OPTIONS` preflight answered 405 means the server has no CORS handling.', '/failed-to-fetch-cors/'),
  },
  {
    pattern: /Failed to fetch|NetworkError when attempting to fetch|Load failed|blocked by CORS policy/i,
    explain: () =>
      finding(
        'warning',
        'This is the browser’s error, not the server’s answer',
        'The request failed before any answer reached your code: a CORS refusal, a server that isn’t running, or a blocked URL. The network tab shows the request (often red, with no status, or a failed preflight).',
        '/failed-to-fetch-cors/',
      ),
  },
  {
    pattern: /Unexpected token '<'|is not valid JSON|JSON\.parse: unexpected character|JSON Parse error/i,
    explain: () =>
      finding(
        'warning',
        'This is the client’s parse error, not the answer',
        'The answer was HTML (a sign-in page, a 404 page or your app’s own page), so `res.json()` failed. Paste the answer itself: the network tab, the request, then Response.',
        '/unauthorized-401/',
      ),
  },
  {
    pattern: /Invalid client_secret/i,
    explain: () => finding('error', 'ChatKit refused the client secret', '`getClientSecret` resolved to something that isn’t a current session’s `client_secret` string. Paste what your session route answers to check it.', '/invalid-client-secret/'),
  },
];

/** The findings for text that is none of the structured kinds. */
export function textFindings(text: string, mode: DoctorMode): Finding[] {
  const trimmed = text.trim();
  const known = knownTexts.find((candidate) => candidate.pattern.test(trimmed.slice(0, 2000)));
  if (known) return [known.explain(mode)];
  const start = trimmed.slice(0, 40).replace(/\s+/g, ' ').replaceAll('`', 'ʼ');
  return [
    finding(
      'error',
      'Not JSON',
      `The answer starts \`${start}${trimmed.length > 40 ? '…' : ''}\`. A session route answers a JSON object; a ChatKit server answers JSON or an event stream (\`data: {…}\` lines). Copy the body from the network tab (the request, then Response), not the console.`,
      mode === 'custom-server' ? '/custom-server-mode/' : '/invalid-client-secret/',
    ),
  ];
}
