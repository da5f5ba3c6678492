import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
  API,
  errorBody,
  eventNames,
  hostedApi,
  messages,
  mountChatKit,
  recordEvents,
  shadow,
  silenceConsoleErrors,
  typeAndSend,
  useMswServer,
  visibleText,
} from './helpers';

const server = useMswServer();

describe('hosted mode: the client secret', () => {
  it('calls getClientSecret(null) once, even when setOptions runs twice (StrictMode)', async () => {
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const getClientSecret = vi.fn(async () => 'ek_one');
    const element = mountChatKit({ api: { getClientSecret } });
    element.setOptions({ api: { getClientSecret } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    expect(getClientSecret.mock.calls).toEqual([[null]]);
  });

  it('sends threads.list with the secret as a bearer token, the beta header and a JSON body', async () => {
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_one' } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    const [list] = api.requests;
    expect(list?.url).toBe(`${API}/conversation`);
    expect(list?.body).toEqual({ type: 'threads.list', params: { limit: 20, order: 'desc' } });
    expect(list?.headers.get('authorization')).toBe('Bearer ek_one');
    expect(list?.headers.get('openai-beta')).toBe('chatkit_beta=v1');
    expect(list?.headers.get('content-type')).toBe('application/json');
  });

  it('asks for a streamed answer when sending a message', async () => {
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_one' } });
    const events = recordEvents(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));

    typeAndSend(element, 'Hi');
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.end'));
    const create = api.requests.find((request) => request.body.type === 'threads.create');
    expect(create?.headers.get('accept')).toBe('text/event-stream');
    expect(create?.body).toEqual({
      type: 'threads.create',
      params: { input: { content: [{ type: 'input_text', text: 'Hi' }], attachments: [], inference_options: { tool_choice: null, model: null } } },
    });
  });

  it('does not list threads at start when history is disabled', async () => {
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_one' }, history: { enabled: false } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    expect(api.requests).toEqual([]);
  });

  it('refreshes an expired secret with getClientSecret(oldSecret), once, and retries the request', async () => {
    const api = hostedApi({ validSecrets: ['ek_new'], expiredSecrets: ['ek_old'] });
    server.use(...api.handlers);
    const getClientSecret = vi.fn(async (current: string | null) => (current === null ? 'ek_old' : 'ek_new'));
    const element = mountChatKit({ api: { getClientSecret } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    expect(getClientSecret.mock.calls).toEqual([[null], ['ek_old']]);
    expect(api.requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer ek_old', 'Bearer ek_new']);

    typeAndSend(element, 'Still there?');
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.end'));
    expect(api.requests.at(-1)?.headers.get('authorization')).toBe('Bearer ek_new');
    expect(getClientSecret).toHaveBeenCalledTimes(2);
  });

  it('shows the error when the refreshed secret is refused too', async () => {
    const consoleError = silenceConsoleErrors();
    server.use(...hostedApi({ validSecrets: [], expiredSecrets: ['ek_old', 'ek_cached'] }).handlers);
    const getClientSecret = vi.fn(async (current: string | null) => (current === null ? 'ek_old' : 'ek_cached'));
    const element = mountChatKit({ api: { getClientSecret } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(alerts(element)).toEqual(['Client secret has expired.']));
    expect(getClientSecret.mock.calls).toEqual([[null], ['ek_old']]);
    expect(eventNames(events)).toEqual(['chatkit.error']);
    expect(consoleError).toHaveBeenCalledWith('[ChatKit]', 'Client secret has expired.');
  });

  it('goes to its error state and dispatches chatkit.error with the same error when getClientSecret rejects', async () => {
    silenceConsoleErrors();
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const failure = new Error('Session request failed: Missing required parameter: user_id');
    const element = mountChatKit({ api: { getClientSecret: () => Promise.reject(failure) } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(alerts(element)).toEqual([failure.message]));
    expect(events).toEqual([{ name: 'chatkit.error', detail: { error: failure } }]);
    expect(api.requests).toEqual([]);
    expect(labelledSendButton(element).disabled).toBe(true);
  });

  it('sends a non-string secret as it stringifies, so the API answers 401 and its message shows', async () => {
    const consoleError = silenceConsoleErrors();
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const getClientSecret = async () => ({ client_secret: 'ek_one', expires_at: 1 }) as unknown as string;
    const element = mountChatKit({ api: { getClientSecret } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(alerts(element)).toEqual(['Invalid client_secret provided.']));
    expect(api.requests[0]?.headers.get('authorization')).toBe('Bearer [object Object]');
    expect(events).toHaveLength(1);
    expect(events[0]?.name).toBe('chatkit.error');
    expect((events[0]?.detail as { error: Error }).error).toBeInstanceOf(Error);
    expect((events[0]?.detail as { error: Error }).error.message).toBe('Invalid client_secret provided.');
    expect(consoleError).toHaveBeenCalledWith('[ChatKit]', 'Invalid client_secret provided.');
  });

  it('shows the error envelope message of any failed request, here a 500 on sending', async () => {
    const consoleError = silenceConsoleErrors();
    const api = hostedApi({
      validSecrets: ['ek_one'],
      answer: (request) =>
        request.type === 'threads.create'
          ? HttpResponse.json(errorBody('The server had an error while processing your request. Sorry about that!'), { status: 500 })
          : undefined,
    });
    server.use(...api.handlers);
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_one' } });
    const events = recordEvents(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));

    typeAndSend(element, 'Hello?');
    await vi.waitFor(() =>
      expect(alerts(element)).toEqual(['The server had an error while processing your request. Sorry about that!']),
    );
    expect(eventNames(events)).toEqual(['chatkit.ready', 'chatkit.error']);
    expect(consoleError).toHaveBeenCalledWith('[ChatKit]', 'The server had an error while processing your request. Sorry about that!');
  });
});

describe('hosted mode: the domain check', () => {
  it('posts the page hostname to verify_hosted with the secret after the initial list, then becomes ready', async () => {
    const api = hostedApi({ validSecrets: ['ek_one'] });
    const order: string[] = [];
    const verifyBodies: unknown[] = [];
    server.use(
      http.post(`${API}/domain_keys/verify_hosted`, async ({ request }) => {
        order.push(`verify ${request.headers.get('authorization')}`);
        verifyBodies.push(await request.json());
        return HttpResponse.json({ status: 'verified' });
      }),
      ...api.handlers,
    );
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_one' } });
    const events = recordEvents(element);
    element.addEventListener('chatkit.ready', () => order.push(`ready after ${api.requests.length} list`));

    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    expect(verifyBodies).toEqual([{ domain: 'localhost' }]);
    expect(order).toEqual(['verify Bearer ek_one', 'ready after 1 list']);
  });

  it('renders nothing and logs the message when the domain is refused; no chatkit.ready, no chatkit.error', async () => {
    const consoleError = silenceConsoleErrors();
    const refusal = "Domain 'localhost' is not in this organization's domain allowlist.";
    const api = hostedApi({
      validSecrets: ['ek_one'],
      verifyHosted: () => HttpResponse.json(errorBody(refusal, 'domain_not_allowed'), { status: 401 }),
    });
    server.use(...api.handlers);
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_one' } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(consoleError).toHaveBeenCalledWith('[ChatKit]', refusal));
    expect(visibleText(element).trim()).toBe('');
    expect(events).toEqual([]);
    await expect(element.sendUserMessage({ text: 'hi' })).rejects.toThrow(refusal);
  });

  it('with history off, a bad secret first meets the domain check, so the widget stays blank', async () => {
    const consoleError = silenceConsoleErrors();
    const api = hostedApi({ validSecrets: ['ek_one'] });
    server.use(...api.handlers);
    const element = mountChatKit({ api: { getClientSecret: async () => 'ek_wrong' }, history: { enabled: false } });
    const events = recordEvents(element);

    await vi.waitFor(() => expect(consoleError).toHaveBeenCalledWith('[ChatKit]', 'Invalid client_secret provided.'));
    expect(visibleText(element).trim()).toBe('');
    expect(events).toEqual([]);
  });
});

describe('hosted mode: what shows while loading and after', () => {
  it('shows a loading status until ready, then the start screen and an enabled Send button', async () => {
    let release: () => void = () => undefined;
    const secret = new Promise<string>((resolve) => (release = () => resolve('ek_one')));
    server.use(...hostedApi({ validSecrets: ['ek_one'] }).handlers);
    const element = mountChatKit({ api: { getClientSecret: () => secret } });
    const events = recordEvents(element);

    expect(visibleText(element)).toContain('Loading…');
    expect(labelledSendButton(element).disabled).toBe(true);
    release();
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
    expect(visibleText(element)).not.toContain('Loading…');
    expect(visibleText(element)).toContain('What can I help with today?');
    expect(labelledSendButton(element).disabled).toBe(false);
    expect(messages(element)).toEqual([]);
  });
});

function labelledSendButton(element: HTMLElement): HTMLButtonElement {
  const send = shadow(element).querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!send) throw new Error('no Send button');
  return send;
}
