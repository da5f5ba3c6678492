/**
 * Custom-server mode: a JSON answer from your ChatKit server. chatkit-python answers JSON [D] to the
 * requests that don't stream (`threads.list`, `threads.get_by_id`, `items.list`, `attachments.create`,
 * feedback and deletes, `threads.sync_custom_action`) and `text/event-stream` to the ones that do.
 */
import { errorFactsOf, errorFinding } from './error-answer';
import { isEventType } from './event-stream-answer';
import { finding, type Finding } from './finding';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const streamedAsJson = (detail: string) =>
  finding(
    'error',
    'ChatKit events as JSON: a streaming request was answered with `application/json`',
    `${detail} Messages (\`threads.create\`, \`threads.add_user_message\`, client tool output, retries, custom actions) must be answered with \`Content-Type: text/event-stream\`, one \`data: <json>\` frame and a blank line per event. In chatkit-python, \`server.process()\` returns a \`StreamingResult\` for them: serve it as a \`StreamingResponse(result, media_type="text/event-stream")\` and only a \`NonStreamingResult\` as JSON.`,
    '/custom-server-mode/',
  );

/** What FastAPI's `{"detail": …}` means at a ChatKit endpoint: the reader's own code answered [G]. */
function detailFinding(detail: unknown): Finding {
  if (Array.isArray(detail)) {
    return finding(
      'error',
      'Your server refused the request body (422)',
      'FastAPI lists validation errors like this when a route’s parameters don’t match the body. A ChatKit endpoint reads the raw body and passes it to `server.process(await request.body(), context)`; don’t declare a Pydantic model for it.',
      '/custom-server-mode/',
    );
  }
  const said = typeof detail === 'string' ? detail : JSON.stringify(detail)?.slice(0, 120) ?? '';
  if (/unauthori[sz]ed|not authenticated|forbidden|credentials/i.test(said)) {
    return finding(
      'error',
      `Your server refused the user: “${said.slice(0, 80)}”`,
      'Your own auth check answered before ChatKit’s server ran: the request carried no credentials it accepts. In custom-server mode every request needs them; add them in `api.fetch` (merge headers with `new Headers(init?.headers)`), and for another origin allow the `Authorization` header in CORS.',
      '/custom-server-mode/',
    );
  }
  if (/not found/i.test(said)) return finding('error', 'Your server has no route at this URL', '`api.url` doesn’t point at the endpoint that calls `server.process()`: compare the path, the port and any proxy prefix.', '/custom-server-mode/');
  if (/method not allowed/i.test(said)) return finding('error', 'Your server answered 405 Method Not Allowed', 'ChatKit POSTs every request; a route that accepts only GET (or a preflight OPTIONS without CORS middleware) answers 405.', '/failed-to-fetch-cors/');
  return finding('error', `Your server answered an error: “${said.slice(0, 80)}”`, 'This is your own code’s error (FastAPI’s `{"detail": …}`), not ChatKit’s: the server log has the cause.', '/custom-server-mode/');
}

/** The findings for a JSON answer from a ChatKit server; an `ok` one for an answer it expects. */
export function serverJsonFindings(value: unknown): Finding[] {
  if (Array.isArray(value)) {
    if (value.some((entry) => isObject(entry) && isEventType(entry['type']))) return [streamedAsJson('The answer is a JSON array of events.')];
    return [finding('warning', 'A JSON array is no ChatKit answer', 'Lists come as a page object, `{ "data": [...], "has_more": false }`.', '/custom-server-mode/')];
  }
  if (!isObject(value)) return [finding('warning', 'Not an answer ChatKit expects', `The answer is \`${JSON.stringify(value)?.slice(0, 40) ?? String(value)}\`; every ChatKit answer is a JSON object or an event stream.`, '/custom-server-mode/')];
  if (isEventType(value['type'])) return [streamedAsJson(`The answer is one \`${value['type']}\` event as JSON.`)];
  const error = errorFactsOf(value);
  if (error) return [errorFinding(error)];
  if ('detail' in value) return [detailFinding(value['detail'])];
  if ('client_secret' in value) {
    return [
      finding(
        'warning',
        'A session answer, which custom-server mode doesn’t use',
        'This looks like a hosted-mode session route’s answer (`client_secret`). With your own ChatKit server, the client has `api: { url, domainKey }` and no `getClientSecret`. If you’re on hosted mode, pick Hosted above.',
        '/moving-off-agent-builder/',
      ),
    ];
  }
  if (Object.keys(value).length === 0) {
    return [finding('ok', 'An empty object, `{}`', 'That is the answer to `items.feedback`, `threads.delete` and `attachments.delete`. If it answered a message, the request should have streamed instead.')];
  }
  if (Array.isArray(value['data']) && typeof value['has_more'] === 'boolean') {
    const first = value['data'][0];
    const of = isObject(first) && typeof first['type'] === 'string' ? 'items (`items.list`)' : 'threads (`threads.list`)';
    return [finding('ok', `A page of ${value['data'].length} ${of}`, 'A page has `data`, `has_more` and, when there are more, `after` (the id to ask for the next page with).')];
  }
  if (typeof value['id'] === 'string' && 'created_at' in value && 'status' in value) {
    return [finding('ok', 'A thread (`threads.get_by_id` or `threads.update`)', 'ChatKit loads a thread this way when it opens one from the history.')];
  }
  if ((value['type'] === 'file' || value['type'] === 'image') && typeof value['id'] === 'string') {
    if ('upload_url' in value && !('upload_descriptor' in value)) {
      return [
        finding(
          'warning',
          'An attachment with `upload_url` instead of `upload_descriptor`',
          'Since chatkit-python 1.5.0 a two-phase upload returns `upload_descriptor: { url, method, headers }`; `upload_url` is the older shape some docs still show.',
          '/file-upload-fails/',
        ),
      ];
    }
    return [finding('ok', `An attachment (\`attachments.create\` or an upload route): ${value['type']} \`${value['id'].slice(0, 40)}\``, 'The client adds its id to the next message’s `attachments`.')];
  }
  if ('updated_item' in value) return [finding('ok', 'The answer to a synchronous widget action (`threads.sync_custom_action`)', '`updated_item` replaces the widget that sent the action.')];
  const keys = Object.keys(value).slice(0, 8).map((key) => `\`${key.slice(0, 40)}\``).join(', ');
  return [
    finding(
      'warning',
      'Not an answer ChatKit expects',
      `Its fields: ${keys}. A ChatKit server answers pages (\`data\`, \`has_more\`), threads, attachments or \`{}\` as JSON, and streams everything that answers a message. If this is your session route’s answer, pick Hosted above.`,
      '/custom-server-mode/',
    ),
  ];
}

/** Whether a JSON value looks like something a ChatKit server (not a session route) answered. */
export function looksLikeServerAnswer(value: unknown): boolean {
  if (Array.isArray(value)) return value.some((entry) => isObject(entry) && isEventType(entry['type']));
  if (!isObject(value)) return false;
  if ('client_secret' in value || 'clientSecret' in value || 'expires_at' in value || value['object'] === 'chatkit.session') return false;
  return (
    isEventType(value['type']) ||
    'detail' in value ||
    Object.keys(value).length === 0 ||
    (Array.isArray(value['data']) && 'has_more' in value) ||
    'updated_item' in value ||
    ((value['type'] === 'file' || value['type'] === 'image') && 'mime_type' in value) ||
    (typeof value['id'] === 'string' && 'created_at' in value && 'status' in value)
  );
}
