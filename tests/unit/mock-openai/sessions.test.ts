// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ChatSession } from '../../../src/chatkit-protocol/index';
import { createMockOpenAI, DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, MockClock } from '../../../src/mock-openai/index';
import { API, createSession, errorOf, postSession, sessionHeaders, useMswServer } from './helpers';

const server = useMswServer();
const validBody = { user: 'user_alice', workflow: { id: DEFAULT_WORKFLOW_ID } };

describe('POST /v1/chatkit/sessions: authentication and headers', () => {
  it('answers 401 without an API key', async () => {
    server.use(...createMockOpenAI().handlers);
    const { authorization: _omitted, ...headers } = sessionHeaders();
    const response = await postSession(validBody, headers);
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error.message).toMatch(/^You didn't provide an API key\./);
    expect(error).toMatchObject({ type: 'invalid_request_error', param: null, code: null });
  });

  it('answers 401 invalid_api_key for an unknown key, showing only its ends', async () => {
    server.use(...createMockOpenAI().handlers);
    const wrongKey = 'sk-proj-abcdefghijklmnopqrstuvwxyz1234';
    const response = await postSession(validBody, sessionHeaders(wrongKey));
    expect(response.status).toBe(401);
    const error = await errorOf(response);
    expect(error).toMatchObject({ type: 'invalid_request_error', param: null, code: 'invalid_api_key' });
    expect(error.message).toMatch(/^Incorrect API key provided: sk-proj-\*+1234\. /);
    expect(error.message).not.toContain(wrongKey);
  });

  it('quotes a short bogus key such as "undefined" as is', async () => {
    server.use(...createMockOpenAI().handlers);
    const error = await errorOf(await postSession(validBody, sessionHeaders('undefined')));
    expect(error.message).toMatch(/^Incorrect API key provided: undefined\. /);
  });

  it('accepts only the configured keys', async () => {
    server.use(...createMockOpenAI({ apiKeys: ['sk-other-key-0000'] }).handlers);
    expect((await postSession(validBody, sessionHeaders(DEFAULT_API_KEY))).status).toBe(401);
    expect((await postSession(validBody, sessionHeaders('sk-other-key-0000'))).status).toBe(200);
  });

  it('answers 400 naming the header when OpenAI-Beta is missing', async () => {
    server.use(...createMockOpenAI().handlers);
    const { 'openai-beta': _omitted, ...headers } = sessionHeaders();
    const response = await postSession(validBody, headers);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.message).toContain("'OpenAI-Beta: chatkit_beta=v1'");
    expect(error.type).toBe('invalid_request_error');
  });

  it('accepts chatkit_beta=v1 among other betas', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await postSession(validBody, { ...sessionHeaders(), 'openai-beta': 'assistants=v2, chatkit_beta=v1' });
    expect(response.status).toBe(200);
  });

  it('carries a request id and allows cross-origin reads', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await postSession(validBody);
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]+$/);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers a CORS preflight', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await fetch(`${API}/sessions`, {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,openai-beta' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,openai-beta');
  });
});

describe('POST /v1/chatkit/sessions: body validation', () => {
  async function expectBadRequest(body: unknown, expected: { message: string; param: string | null; code: string | null }) {
    const response = await postSession(body);
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ type: 'invalid_request_error', ...expected });
  }

  it.each(['user_id', 'scope', 'workflow_id', 'max_requests_per_session'])('rejects the unknown parameter %s', async (name) => {
    server.use(...createMockOpenAI().handlers);
    await expectBadRequest(
      { ...validBody, [name]: name === 'scope' ? { user_id: 'u' } : 'x' },
      { message: `Unknown parameter: '${name}'.`, param: name, code: 'unknown_parameter' },
    );
  });

  it('rejects the guide snippet {user_id, workflow_id} on its first unknown parameter', async () => {
    server.use(...createMockOpenAI().handlers);
    const error = await errorOf(await postSession({ user_id: 'u', workflow_id: DEFAULT_WORKFLOW_ID }));
    expect(error).toMatchObject({ param: 'user_id', code: 'unknown_parameter' });
  });

  it('names nested unknown parameters by path', async () => {
    server.use(...createMockOpenAI().handlers);
    await expectBadRequest(
      { ...validBody, workflow: { id: DEFAULT_WORKFLOW_ID, name: 'x' } },
      { message: "Unknown parameter: 'workflow.name'.", param: 'workflow.name', code: 'unknown_parameter' },
    );
  });

  it('requires user', async () => {
    server.use(...createMockOpenAI().handlers);
    await expectBadRequest(
      { workflow: { id: DEFAULT_WORKFLOW_ID } },
      { message: "Missing required parameter: 'user'.", param: 'user', code: 'missing_required_parameter' },
    );
  });

  it('rejects an empty user', async () => {
    server.use(...createMockOpenAI().handlers);
    const error = await errorOf(await postSession({ ...validBody, user: '' }));
    expect(error).toMatchObject({ param: 'user', code: 'empty_string' });
  });

  it('requires workflow and workflow.id', async () => {
    server.use(...createMockOpenAI().handlers);
    await expectBadRequest(
      { user: 'u' },
      { message: "Missing required parameter: 'workflow'.", param: 'workflow', code: 'missing_required_parameter' },
    );
    await expectBadRequest(
      { user: 'u', workflow: {} },
      { message: "Missing required parameter: 'workflow.id'.", param: 'workflow.id', code: 'missing_required_parameter' },
    );
  });

  it('rejects expires_after given as a bare number', async () => {
    server.use(...createMockOpenAI().handlers);
    await expectBadRequest(
      { ...validBody, expires_after: 1800 },
      {
        message: "Invalid type for 'expires_after': expected an object, but got an integer instead.",
        param: 'expires_after',
        code: 'invalid_type',
      },
    );
  });

  it('rejects an expires_after anchor other than created_at', async () => {
    server.use(...createMockOpenAI().handlers);
    const error = await errorOf(await postSession({ ...validBody, expires_after: { anchor: 'now', seconds: 60 } }));
    expect(error).toMatchObject({ param: 'expires_after.anchor', code: 'invalid_value' });
  });

  it('rejects max_file_size above 512 MB', async () => {
    server.use(...createMockOpenAI().handlers);
    const error = await errorOf(
      await postSession({ ...validBody, chatkit_configuration: { file_upload: { enabled: true, max_file_size: 1024 } } }),
    );
    expect(error).toMatchObject({ param: 'chatkit_configuration.file_upload.max_file_size', code: 'integer_above_max_value' });
  });

  it('rejects state variables of the wrong type or with over-long keys', async () => {
    server.use(...createMockOpenAI().handlers);
    const nested = await errorOf(
      await postSession({ ...validBody, workflow: { id: DEFAULT_WORKFLOW_ID, state_variables: { plan: { tier: 1 } } } }),
    );
    expect(nested).toMatchObject({ param: 'workflow.state_variables.plan', code: 'invalid_type' });
    const longKey = await errorOf(
      await postSession({ ...validBody, workflow: { id: DEFAULT_WORKFLOW_ID, state_variables: { ['k'.repeat(65)]: 1 } } }),
    );
    expect(longKey).toMatchObject({ param: 'workflow.state_variables', code: 'invalid_value' });
  });

  it('answers 400 for a body that is not JSON', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await fetch(`${API}/sessions`, { method: 'POST', headers: sessionHeaders(), body: '{user:' });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/^We could not parse the JSON body of your request\./);
  });

  it('answers 404 for an unknown workflow', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await postSession({ user: 'u', workflow: { id: 'wf_elsewhere' } });
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toEqual({
      message: "Workflow with id 'wf_elsewhere' not found.",
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  });
});

describe('POST /v1/chatkit/sessions: the session', () => {
  it('returns the full ChatSession with defaults and no expires_after', async () => {
    const clock = new MockClock({ startMs: 1_760_000_000_500 });
    server.use(...createMockOpenAI({ clock }).handlers);
    const response = await postSession(validBody);
    expect(response.status).toBe(200);
    const session = (await response.json()) as ChatSession;
    expect(session).not.toHaveProperty('expires_after');
    expect(Object.keys(session).sort()).toEqual(
      [
        'chatkit_configuration',
        'client_secret',
        'expires_at',
        'id',
        'max_requests_per_1_minute',
        'object',
        'rate_limits',
        'status',
        'user',
        'workflow',
      ].sort(),
    );
    expect(session).toMatchObject({
      object: 'chatkit.session',
      status: 'active',
      user: 'user_alice',
      max_requests_per_1_minute: 10,
      rate_limits: { max_requests_per_1_minute: 10 },
      workflow: { id: DEFAULT_WORKFLOW_ID, state_variables: null, tracing: { enabled: true }, version: null },
      chatkit_configuration: {
        automatic_thread_titling: { enabled: true },
        file_upload: { enabled: false, max_file_size: 512, max_files: 10 },
        history: { enabled: true, recent_threads: null },
      },
    });
    expect(session.id).toMatch(/^cksess_[0-9a-f]+$/);
    expect(session.client_secret).toMatch(/^ek_[0-9a-f]{20,}$/);
    // Seconds, 10 minutes after creation (the clock may tick a second during the request).
    expect(Number.isInteger(session.expires_at)).toBe(true);
    expect(session.expires_at - 1_760_000_000).toBeGreaterThanOrEqual(600);
    expect(session.expires_at - 1_760_000_000).toBeLessThanOrEqual(601);
  });

  it('mints a different client secret each time', async () => {
    server.use(...createMockOpenAI().handlers);
    const first = await createSession();
    const second = await createSession();
    expect(first.client_secret).not.toBe(second.client_secret);
    expect(first.id).not.toBe(second.id);
  });

  it('honours expires_after, workflow options, configuration and rate limits', async () => {
    const mock = createMockOpenAI();
    server.use(...mock.handlers);
    const before = mock.clock.nowSeconds();
    const session = await createSession({
      workflow: { id: DEFAULT_WORKFLOW_ID, version: '3', state_variables: { plan: 'pro' }, tracing: { enabled: false } },
      expires_after: { anchor: 'created_at', seconds: 60 },
      chatkit_configuration: { file_upload: { enabled: true, max_file_size: 5 }, history: { recent_threads: 3 } },
      rate_limits: { max_requests_per_1_minute: 30 },
    });
    expect(session.expires_at - before).toBeGreaterThanOrEqual(60);
    expect(session.expires_at - before).toBeLessThanOrEqual(61);
    expect(session.workflow).toEqual({
      id: DEFAULT_WORKFLOW_ID,
      version: '3',
      state_variables: { plan: 'pro' },
      tracing: { enabled: false },
    });
    expect(session.chatkit_configuration.file_upload).toEqual({ enabled: true, max_file_size: 5, max_files: 10 });
    expect(session.chatkit_configuration.history).toEqual({ enabled: true, recent_threads: 3 });
    expect(session.max_requests_per_1_minute).toBe(30);
    expect(session.rate_limits).toEqual({ max_requests_per_1_minute: 30 });
  });

  it('exposes created sessions, with a status that follows the clock', async () => {
    const mock = createMockOpenAI();
    server.use(...mock.handlers);
    const created = await createSession();
    expect(mock.sessions).toEqual([created]);
    mock.clock.advance(10 * 60 * 1000);
    expect(mock.sessions[0]?.status).toBe('expired');
  });
});

describe('POST /v1/chatkit/sessions/{id}/cancel', () => {
  it('returns the session as cancelled', async () => {
    const mock = createMockOpenAI();
    server.use(...mock.handlers);
    const session = await createSession();
    const response = await fetch(`${API}/sessions/${session.id}/cancel`, { method: 'POST', headers: sessionHeaders() });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...session, status: 'cancelled' });
    expect(mock.sessions[0]?.status).toBe('cancelled');
  });

  it('needs the API key', async () => {
    server.use(...createMockOpenAI().handlers);
    const session = await createSession();
    const response = await fetch(`${API}/sessions/${session.id}/cancel`, {
      method: 'POST',
      headers: sessionHeaders('sk-wrong-key-9999'),
    });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe('invalid_api_key');
  });

  it('answers 404 for an unknown session', async () => {
    server.use(...createMockOpenAI().handlers);
    const response = await fetch(`${API}/sessions/cksess_nope/cancel`, { method: 'POST', headers: sessionHeaders() });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toBe("Chatkit Session with id 'cksess_nope' not found.");
  });
});

describe('instances', () => {
  it('never share sessions', async () => {
    const first = createMockOpenAI();
    const second = createMockOpenAI();
    server.use(...first.handlers);
    const session = await createSession();
    expect(first.sessions).toHaveLength(1);
    expect(second.sessions).toHaveLength(0);

    server.resetHandlers(...second.handlers);
    const response = await fetch(`${API}/conversation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.client_secret}` },
      body: JSON.stringify({ type: 'threads.list', params: {} }),
    });
    expect(response.status).toBe(401);
  });
});
