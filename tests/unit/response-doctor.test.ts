// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose, doctorPages, inspectedLength, readPaste, type Finding } from '../../src/doctor';
import { createChatKitServer, createMockOpenAI, DEFAULT_WORKFLOW_ID, triggerWordScript } from '../../src/mock-openai';
import { postSession, useMswServer, userInput } from './mock-openai/helpers';

/** The simulated OpenAI API and ChatKit server answer some tests, as they answer the sandboxes. */
const server = useMswServer();

const now = Date.UTC(2026, 11, 1, 12, 0, 0);
const nowSeconds = now / 1000;

const errors = (findings: Finding[]) => findings.filter((each) => each.severity === 'error');
const titles = (findings: Finding[]) => findings.map((each) => each.title);
/** The one finding whose title matches, or a failure listing what there was. */
function findingTitled(findings: Finding[], pattern: RegExp): Finding {
  const matching = findings.filter((each) => pattern.test(each.title));
  expect(matching, `titles: ${titles(findings).join(' | ')}`).toHaveLength(1);
  return matching[0]!;
}

const session = (fields: Record<string, unknown>) => JSON.stringify({ client_secret: 'ek_68ec0ed8e7c88190a3b2f3d1d4c5e6f7', expires_at: nowSeconds + 600, ...fields });

describe('diagnose: hosted session answers', () => {
  it('passes a session answer ChatKit can use', () => {
    const findings = diagnose(session({}), 'auto', { nowMs: now });
    expect(findings.map((each) => each.severity)).toEqual(['ok']);
    expect(findings[0]!.detail).toContain('expiring in 10 minutes');
    expect(findings[0]!.detail).not.toContain('68ec0ed8e7c88190');
  });

  it('passes the mock API’s real session object, with a warning that the route passes on all of it', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await postSession({ user: 'user_alice', workflow: { id: DEFAULT_WORKFLOW_ID } });
    const findings = diagnose(await response.text(), 'auto');
    expect(errors(findings)).toEqual([]);
    findingTitled(findings, /whole session object/);
    findingTitled(findings, /A session answer ChatKit can use/);
  });

  it('says when client_secret is missing, and where a misplaced one is', () => {
    const missing = findingTitled(diagnose('{"expires_at": 1796126400}', 'hosted', { nowMs: now }), /No `client_secret`/);
    expect(missing).toMatchObject({ severity: 'error', page: '/invalid-client-secret/' });
    expect(missing.detail).toContain('Missing client secret in response');
    const camel = findingTitled(diagnose('{"clientSecret":"ek_abcdef123456"}', 'auto', { nowMs: now }), /No `client_secret`/);
    expect(camel.detail).toContain('`clientSecret`');
    const nested = findingTitled(diagnose('{"session":{"client_secret":"ek_abcdef123456"}}', 'auto', { nowMs: now }), /No `client_secret`/);
    expect(nested.detail).toContain('`session.client_secret`');
  });

  it('says when client_secret is not a string, naming the Realtime API’s shape', () => {
    const realtime = findingTitled(diagnose('{"client_secret":{"value":"ek_abc123456","expires_at":1796126400}}', 'hosted', { nowMs: now }), /not a string/);
    expect(realtime.title).toContain('an object');
    expect(realtime.detail).toContain('Realtime API');
    expect(findingTitled(diagnose('{"client_secret":null}', 'hosted', { nowMs: now }), /not a string/).title).toContain('null');
    expect(findingTitled(diagnose('{"client_secret":42}', 'hosted', { nowMs: now }), /not a string/).title).toContain('a number');
    expect(findingTitled(diagnose('{"client_secret":""}', 'hosted', { nowMs: now }), /empty/).severity).toBe('error');
  });

  it('says loudly that an sk- key returned as the secret is exposed and must be revoked now', () => {
    const findings = diagnose('{"client_secret":"sk-proj-Abc123Def456Ghi789Jkl012Mno345Pqr678Stu901Vwx234"}', 'auto', { nowMs: now });
    expect(findings[0]!.title).toBe('An OpenAI API key is in this answer: revoke it now');
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.detail).toContain('every visitor');
    expect(findings[0]!.detail).toContain('revoked now at https://platform.openai.com/api-keys');
    expect(findings[0]!.detail).toContain('`sk-proj-…x234`');
    expect(findings.map((each) => each.detail).join(' ')).not.toContain('Abc123Def456');
    findingTitled(findings, /is your API key, not a client secret/);
  });

  it('finds an API key anywhere in an answer, but not OpenAI quoting one masked in its 401 message', () => {
    const debug = diagnose(session({ debug: { key: 'sk-Abc123Def456Ghi789Jkl012Mno345Pqr678Stu901Vwx2' } }), 'auto', { nowMs: now });
    expect(debug[0]!.title).toMatch(/revoke it now/);
    const masked = JSON.stringify({
      error: { message: 'Incorrect API key provided: sk-proj-********************************************cdEF.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
    });
    expect(titles(diagnose(masked, 'auto', { nowMs: now }))).not.toContain('An OpenAI API key is in this answer: revoke it now');
  });

  it('says which secrets are not ChatKit client secrets', () => {
    expect(findingTitled(diagnose(session({ client_secret: 'cksess_68f19e26aa' }), 'hosted', { nowMs: now }), /session id/).severity).toBe('error');
    const placeholder = findingTitled(diagnose(session({ client_secret: 'chatkit_token_123' }), 'hosted', { nowMs: now }), /doesn’t look like/);
    expect(placeholder.severity).toBe('warning');
    expect(placeholder.detail).toContain('stale API reference example');
    expect(findingTitled(diagnose(session({ client_secret: 'eyJhbGciOiJIUzI1NiJ9.e30.x' }), 'hosted', { nowMs: now }), /doesn’t look like/).detail).toContain('JWT');
  });

  it('catches expires_at in milliseconds, in the past, not a number, and the starter app’s expires_after', () => {
    const millis = findingTitled(diagnose(session({ expires_at: now + 600_000 }), 'hosted', { nowMs: now }), /milliseconds/);
    expect(millis).toMatchObject({ severity: 'error', page: '/session-expires/' });
    expect(millis.detail).toContain('13 digits');
    const past = findingTitled(diagnose(session({ expires_at: nowSeconds - 1200 }), 'hosted', { nowMs: now }), /in the past/);
    expect(past.detail).toContain('20 minutes before');
    expect(past.detail).toContain('2026-12-01T11:40:00.000Z');
    expect(findingTitled(diagnose(session({ expires_at: '2026-12-01T12:10:00Z' }), 'hosted', { nowMs: now }), /not a number/).severity).toBe('warning');
    expect(findingTitled(diagnose(session({ expires_at: nowSeconds + 86_400 * 30 }), 'hosted', { nowMs: now }), /more than a day/).severity).toBe('warning');
    const starter = findingTitled(diagnose('{"client_secret":"ek_abcdef123456","expires_after":null}', 'hosted', { nowMs: now }), /expires_after/);
    expect(starter.detail).toContain('`null`');
  });

  it('reads a bare JSON string or array as no session object', () => {
    expect(findingTitled(diagnose('"ek_abcdef123456"', 'hosted', { nowMs: now }), /a string, not an object/).detail).toContain('bare JSON string');
    expect(findingTitled(diagnose('[1,2]', 'hosted', { nowMs: now }), /an array, not an object/).severity).toBe('error');
  });
});

describe('diagnose: OpenAI error envelopes and routes’ own errors', () => {
  const envelope = (message: string, code: string | null = null, param: string | null = null) =>
    JSON.stringify({ error: { message, type: 'invalid_request_error', param, code } });

  it.each([
    [envelope("Workflow with id 'wf_68f1a2b3' not found."), /can’t find the workflow/, '/invalid-client-secret/'],
    [envelope('Incorrect API key provided: sk-abc***xyz.', 'invalid_api_key'), /refused the API key/, '/unauthorized-401/'],
    [envelope("Chatkit Session with id 'cksess_68f19e26' not found."), /doesn’t know this ChatKit session/, '/invalid-client-secret/'],
    [envelope('Invalid client_secret provided.'), /refused the client secret/, '/invalid-client-secret/'],
    [envelope('The session has expired.', 'session_expired'), /expired/, '/session-expires/'],
    [envelope('File uploads are disabled for this session.', 'chatkit.file_upload_disabled'), /Uploads are off/, '/file-upload-fails/'],
    [envelope('Uploaded file type is not allowed for this session.', 'chatkit.file_upload_type_rejected'), /file type/, '/file-upload-fails/'],
    [envelope("Unknown parameter: 'user_id'.", 'unknown_parameter', 'user_id'), /session request’s shape/, '/invalid-client-secret/'],
  ])('explains %s', (body, title, page) => {
    const findings = diagnose(body, 'auto', { nowMs: now });
    const explained = findingTitled(findings, title);
    expect(explained.severity).toBe('error');
    expect(explained.page).toBe(page);
    expect(explained.detail).toContain('The answer is an error: “');
  });

  it('shows type, code and param of an error it doesn’t know', () => {
    const unknown = diagnose(envelope('Something new happened.', 'brand_new', 'workflow.version'), 'auto', { nowMs: now });
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.detail).toContain('“Something new happened.” (type `invalid_request_error`, code `brand_new`, param `workflow.version`)');
    expect(unknown[0]!.detail).toContain('`param` names the field');
  });

  it('reads the starter app’s forwarded error and a route’s own error string', () => {
    const forwarded = JSON.stringify({
      error: "Workflow with id 'wf_x' not found.",
      details: { error: { message: "Workflow with id 'wf_x' not found.", type: 'invalid_request_error', param: null, code: null } },
    });
    findingTitled(diagnose(forwarded, 'auto', { nowMs: now }), /can’t find the workflow/);
    findingTitled(diagnose('{"error":"Missing OPENAI_API_KEY environment variable"}', 'auto', { nowMs: now }), /no API key/);
    findingTitled(diagnose('{"error":"Sign in to use the chat."}', 'auto', { nowMs: now }), /no signed-in user/);
  });

  it('reads an error the mock OpenAI API really answers', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await postSession({ user: 'u', workflow: { id: 'wf_from_another_project' } });
    expect(response.status).toBe(404);
    findingTitled(diagnose(await response.text(), 'auto', { nowMs: now }), /can’t find the workflow/);
  });
});

describe('diagnose: HTML where JSON was expected', () => {
  const signIn = '<!DOCTYPE html><html><head><title>Sign in · Acme</title></head><body><form action="/login" method="post"><input name="email"><input type="password" name="password"></form></body></html>';

  it('names a sign-in page and the request that was redirected to it', () => {
    const hosted = findingTitled(diagnose(signIn, 'hosted', { nowMs: now }), /sign-in page/);
    expect(hosted).toMatchObject({ severity: 'error', page: '/unauthorized-401/' });
    expect(hosted.detail).toContain('your session route (the `fetch` in `getClientSecret`) was redirected');
    expect(hosted.detail).toContain('Unexpected token');
    expect(findingTitled(diagnose(signIn, 'custom-server', { nowMs: now }), /sign-in page/).detail).toContain('your ChatKit endpoint (`api.url`) was redirected');
  });

  it('tells a 404 page, an error page, the app’s own page and a bot check apart', () => {
    findingTitled(diagnose('<!DOCTYPE html><html><head><title>404: This page could not be found.</title></head></html>', 'hosted', { nowMs: now }), /404 page/);
    const bad = findingTitled(diagnose('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>', 'custom-server', { nowMs: now }), /error page/);
    expect(bad.detail).toContain('502/504');
    findingTitled(diagnose('<!doctype html><html><head><script type="module" src="/@vite/client"></script></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>', 'custom-server', { nowMs: now }), /app’s own page/);
    findingTitled(diagnose('<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>', 'auto', { nowMs: now }), /bot check/);
    findingTitled(diagnose('  <html><body>hello</body></html>', 'auto', { nowMs: now }), /^HTML, not JSON$/);
  });

  it('mentions the redirect when the paste shows it (curl -iL)', () => {
    const paste = `HTTP/1.1 307 Temporary Redirect\r\nlocation: /login?next=%2Fapi%2Fchatkit%2Fsession\r\n\r\nHTTP/1.1 200 OK\r\ncontent-type: text/html\r\n\r\n<!DOCTYPE html><title>Log in</title>`;
    expect(findingTitled(diagnose(paste, 'hosted', { nowMs: now }), /sign-in page/).detail).toContain('307 redirect');
  });
});

describe('diagnose: custom-server event streams', () => {
  const frames = (...events: unknown[]) => events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
  const thread = { id: 'thr_1a2b3c4d', created_at: '2026-12-01T12:00:00', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } };
  const userMessage = { id: 'msg_1', thread_id: 'thr_1a2b3c4d', created_at: '2026-12-01T12:00:00', type: 'user_message', content: [{ type: 'input_text', text: 'Hi' }], attachments: [], inference_options: {} };
  const reply = { id: 'msg_2', thread_id: 'thr_1a2b3c4d', created_at: '2026-12-01T12:00:01', type: 'assistant_message', content: [] };

  it('passes the streams the simulated chatkit-python server writes', async () => {
    const chatkit = createChatKitServer({ url: 'https://app.example.test/chatkit', script: triggerWordScript });
    server.use(...chatkit.handlers);
    const post = (body: unknown) => fetch('https://app.example.test/chatkit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    const created = await (await post({ type: 'threads.create', params: { input: userInput('Show me a widget and some progress') } })).text();
    const createdFindings = diagnose(created, 'auto', { nowMs: now });
    expect(createdFindings.map((each) => each.severity)).toEqual(['ok']);
    expect(createdFindings[0]!.detail).toContain('begins with `thread.created`');

    const threadId = /"thread":\{"id":"([^"]+)"/.exec(created)![1]!;
    const added = await (await post({ type: 'threads.add_user_message', params: { thread_id: threadId, input: userInput('Hello again') } })).text();
    const addedFindings = diagnose(added, 'auto', { nowMs: now });
    expect(addedFindings.map((each) => each.severity)).toEqual(['ok']);
    expect(addedFindings[0]!.detail).toContain('no `thread.created`: right for a message to an existing thread');

    const failed = await (await post({ type: 'threads.add_user_message', params: { thread_id: threadId, input: userInput('Cause an error') } })).text();
    const failedEvent = findingTitled(diagnose(failed, 'custom-server', { nowMs: now }), /An `error` event: code `stream.error`/);
    expect(failedEvent).toMatchObject({ severity: 'error', page: '/response-error/' });
    expect(failedEvent.detail).toContain('exception in `respond()`');

    const custom = await (await post({ type: 'threads.add_user_message', params: { thread_id: threadId, input: userInput('A custom error please') } })).text();
    const customEvent = findingTitled(diagnose(custom, 'custom-server', { nowMs: now }), /code `custom`/);
    expect(customEvent.detail).toContain('“The conformance server refused this message.”');
  });

  it('passes the hosted stream users captured (starter-app#4), noting where it comes from', () => {
    const hosted = `data: {"type":"thread.created","thread":{"id":"cthr_68e4b","created_at":"2025-10-07T04:03:45.489759","status":{"type":"active"},"metadata":{},"items":{"data":[],"has_more":false}}}\n\ndata: {"type":"thread.item.done","item":{"id":"cti_1","type":"assistant_message","thread_id":"cthr_68e4b","created_at":"2025-10-07T04:03:46","content":[]}}\n\n`;
    const findings = diagnose(hosted, 'hosted', { nowMs: now });
    expect(findings.map((each) => each.severity)).toEqual(['ok']);
    expect(findings[0]!.detail).toContain('api.openai.com');
  });

  it('finds malformed data frames, and events without the blank line between them', () => {
    const broken = `${frames({ type: 'thread.created', thread })}data: {"type":"thread.item.done","item":\n\ndata: not json at all\n\n`;
    const malformed = findingTitled(diagnose(broken, 'auto', { nowMs: now }), /2 malformed `data:` frames/);
    expect(malformed).toMatchObject({ severity: 'error', page: '/custom-server-mode/' });
    expect(malformed.detail).toContain('event 2');
    expect(malformed.detail).toContain('event 3');
    const joined = `data: ${JSON.stringify({ type: 'thread.created', thread })}\ndata: ${JSON.stringify({ type: 'thread.item.done', item: userMessage })}\n\n`;
    expect(findingTitled(diagnose(joined, 'auto', { nowMs: now }), /malformed/).detail).toContain('without the blank line between them');
    expect(findingTitled(diagnose('data: {"thread": {}}\n\n', 'auto', { nowMs: now }), /malformed/).detail).toContain('without a `type`');
  });

  it('finds a stream that creates a thread but doesn’t begin with thread.created', () => {
    const late = frames({ type: 'thread.item.done', item: userMessage }, { type: 'thread.created', thread }, { type: 'thread.item.done', item: reply });
    const order = findingTitled(diagnose(late, 'auto', { nowMs: now }), /doesn’t begin with `thread.created`/);
    expect(order.detail).toContain('`thread.created` is event 2, after `thread.item.done`');
    const twice = frames({ type: 'thread.created', thread }, { type: 'thread.created', thread }, { type: 'thread.item.done', item: reply });
    findingTitled(diagnose(twice, 'auto', { nowMs: now }), /appears 2 times/);
  });

  it('shows an error event’s code and message', () => {
    const stream = frames({ type: 'thread.item.done', item: userMessage }, { type: 'stream_options', stream_options: { allow_cancel: true } }, { type: 'error', code: 'custom', message: 'Your order service is down, try again in a minute.', allow_retry: true });
    const event = findingTitled(diagnose(stream, 'auto', { nowMs: now }), /An `error` event/);
    expect(event.title).toBe('An `error` event: code `custom`, “Your order service is down, try again in a minute.”');
    expect(event.detail).toContain('Retry is offered (`allow_retry: true`)');
  });

  it('warns about event: lines ChatKit doesn’t use and fails lines that are no SSE', () => {
    const named = `event: thread.created\ndata: ${JSON.stringify({ type: 'thread.created', thread })}\n\nevent: message\ndata: ${JSON.stringify({ type: 'thread.item.done', item: reply })}\n\n`;
    const eventLines = findingTitled(diagnose(named, 'auto', { nowMs: now }), /`event:` lines ChatKit doesn’t use/);
    expect(eventLines.severity).toBe('warning');
    expect(eventLines.title).toContain('`thread.created`, `message`');
    const stray = `data: ${JSON.stringify({ type: 'thread.created', thread })}\n\n${JSON.stringify({ type: 'thread.item.done', item: reply })}\n`;
    expect(findingTitled(diagnose(stray, 'auto', { nowMs: now }), /not SSE/).detail).toContain('newline-delimited JSON');
  });

  it('recognises OpenAI model events streamed straight through', () => {
    const chat = 'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"delta":{"content":"Hi"}}]}\n\ndata: [DONE]\n\n';
    expect(findingTitled(diagnose(chat, 'auto', { nowMs: now }), /OpenAI model events/).detail).toContain('`[DONE]`');
    const responses = 'event: response.output_text.delta\ndata: {"type":"response.output_text.delta","delta":"Hi"}\n\n';
    expect(findingTitled(diagnose(responses, 'custom-server', { nowMs: now }), /OpenAI model events/).detail).toContain('stream_agent_response');
  });

  it('warns about unknown event types, updates to items never added, and a reply that never comes', () => {
    findingTitled(diagnose(frames({ type: 'thread.message.added', item: reply }), 'auto', { nowMs: now }), /Event types ChatKit doesn’t have: `thread.message.added`/);
    const orphan = frames({ type: 'thread.item.updated', item_id: 'msg_9', update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta: 'Hi' } });
    findingTitled(diagnose(orphan, 'auto', { nowMs: now }), /never added/);
    const silent = frames({ type: 'thread.created', thread }, { type: 'thread.item.done', item: userMessage }, { type: 'stream_options', stream_options: { allow_cancel: true } }, { type: 'thread.updated', thread: { ...thread, title: 'Hi' } });
    const noReply = findingTitled(diagnose(silent, 'hosted', { nowMs: now }), /reply isn’t/);
    expect(noReply.detail).toContain('organization verification');
    expect(findingTitled(diagnose(silent, 'custom-server', { nowMs: now }), /reply isn’t/).detail).toContain('`respond()` yielded nothing');
  });

  it('reads a curl -i paste: an event stream labelled JSON, JSON labelled as a stream, a compressed stream', () => {
    const stream = frames({ type: 'thread.created', thread }, { type: 'thread.item.done', item: reply });
    findingTitled(diagnose(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n${stream}`, 'auto', { nowMs: now }), /event stream labelled `application\/json`/);
    findingTitled(diagnose(`HTTP/1.1 200 OK\ncontent-type: text/event-stream\n\n{"type":"thread.created"}`, 'custom-server', { nowMs: now }), /JSON labelled `text\/event-stream`/);
    const gzip = findingTitled(diagnose(`HTTP/2 200\ncontent-type: text/event-stream; charset=utf-8\ncontent-encoding: gzip\n\n${stream}`, 'auto', { nowMs: now }), /compressed event stream/);
    expect(gzip.page).toBe('/buffering-proxy/');
  });

  it('says a stream with no data frames has none', () => {
    findingTitled(diagnose(': keep-alive\n\n: keep-alive\n\n', 'auto', { nowMs: now }), /No `data:` frames/);
  });
});

describe('diagnose: custom-server JSON answers', () => {
  it('fails events answered as JSON where a stream was expected', () => {
    const events = [{ type: 'thread.created', thread: {} }, { type: 'thread.item.done', item: {} }];
    expect(findingTitled(diagnose(JSON.stringify(events), 'auto', { nowMs: now }), /streaming request was answered with `application\/json`/).detail).toContain('StreamingResponse');
    findingTitled(diagnose('{"type":"thread.item.done","item":{}}', 'custom-server', { nowMs: now }), /streaming request was answered/);
    findingTitled(diagnose('{"type":"thread.created","thread":{}}\n{"type":"thread.item.done","item":{}}\n', 'custom-server', { nowMs: now }), /Newline-delimited JSON/);
  });

  it('recognises the JSON answers chatkit-python gives, from the simulated server', async () => {
    server.use(...createChatKitServer({ url: 'https://app.example.test/chatkit' }).handlers);
    const list = await fetch('https://app.example.test/chatkit', { method: 'POST', body: JSON.stringify({ type: 'threads.list', params: {} }) });
    expect(findingTitled(diagnose(await list.text(), 'auto', { nowMs: now }), /A page of 0 threads/).severity).toBe('ok');
    expect(diagnose('{}', 'auto', { nowMs: now })[0]!.title).toBe('An empty object, `{}`');
    expect(diagnose('{"type":"file","id":"atc_1","name":"a.pdf","mime_type":"application/pdf","upload_descriptor":{"url":"/u","method":"PUT","headers":{}}}', 'auto', { nowMs: now })[0]!.severity).toBe('ok');
    findingTitled(diagnose('{"type":"file","id":"atc_1","name":"a.pdf","mime_type":"application/pdf","upload_url":"/u"}', 'custom-server', { nowMs: now }), /upload_url/);
  });

  it('explains FastAPI’s detail answers', () => {
    expect(findingTitled(diagnose('{"detail":"Unauthorized"}', 'auto', { nowMs: now }), /refused the user/).detail).toContain('`api.fetch`');
    findingTitled(diagnose('{"detail":"Not Found"}', 'auto', { nowMs: now }), /no route at this URL/);
    findingTitled(diagnose('{"detail":[{"type":"missing","loc":["body","type"],"msg":"Field required"}]}', 'auto', { nowMs: now }), /refused the request body \(422\)/);
  });

  it('says a session answer is not what a custom server gives, when the reader chose that mode', () => {
    findingTitled(diagnose(session({}), 'custom-server', { nowMs: now }), /custom-server mode doesn’t use/);
  });

  it('reads Starlette’s plain-text 500 and points at the smoke-test mistake', () => {
    expect(findingTitled(diagnose('Internal Server Error', 'custom-server', { nowMs: now }), /Internal Server Error/).detail).toContain('{"type":"threads.list","params":{}}');
  });
});

describe('diagnose: everything else', () => {
  it('says an empty paste has nothing to check', () => {
    for (const empty of ['', '   ', '\n\t\n']) expect(diagnose(empty)).toEqual([expect.objectContaining({ severity: 'warning', title: 'Nothing to check yet' })]);
    expect(findingTitled(diagnose('HTTP/1.1 204 No Content\r\ndate: x\r\n\r\n', 'auto', { nowMs: now }), /no body/).detail).toContain('Status 204');
  });

  it('reads plain text: not JSON, a browser error, a parse error pasted instead of the answer', () => {
    expect(findingTitled(diagnose('OK, session created', 'hosted', { nowMs: now }), /^Not JSON$/).detail).toContain('`OK, session created`');
    findingTitled(diagnose('TypeError: Failed to fetch', 'auto', { nowMs: now }), /browser’s error/);
    findingTitled(diagnose('SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON', 'auto', { nowMs: now }), /parse error/);
    findingTitled(diagnose('Cannot POST /api/chatkit/session', 'hosted', { nowMs: now }), /404/);
  });

  it('says broken JSON doesn’t parse, with the parser’s message', () => {
    expect(findingTitled(diagnose('{"client_secret": "ek_abc",}', 'auto', { nowMs: now }), /Broken JSON/).detail).toMatch(/JSON/);
  });

  it('tells the kinds of paste apart', () => {
    expect(readPaste('\n  {"a":1}').kind).toBe('json');
    expect(readPaste('data: {}\n\n').kind).toBe('event-stream');
    expect(readPaste('{"a":1}\n{"b":2}').kind).toBe('json-lines');
    expect(readPaste('<!doctype html>').kind).toBe('html');
    expect(readPaste('{oops').kind).toBe('broken-json');
    expect(readPaste('plain').kind).toBe('text');
  });

  it('reads a paste the page cut to its first 256 K characters as cut, leaving out the event cut in half', () => {
    const event = 'data: {"type":"progress_update","text":"Looking up your order…"}\n\n';
    const cut = event.repeat(Math.ceil(inspectedLength / event.length)).slice(0, inspectedLength);
    const findings = diagnose(cut, 'custom-server', { nowMs: now, pastedLength: 5 * 1024 * 1024 });
    expect(findings.map((each) => each.title)).toEqual(['Only the first 256 K characters were checked', expect.stringMatching(/^A well-formed ChatKit event stream/)]);
    expect(findings[0]!.detail).toContain('The paste has 5.0 M characters');
  });

  it('links only pages the site has', () => {
    const pages = new Set(readdirSync('content').map((file) => `/${file.replace(/\.mdx$/, '')}/`));
    for (const page of doctorPages) expect(pages.has(page), page).toBe(true);
  });
});
