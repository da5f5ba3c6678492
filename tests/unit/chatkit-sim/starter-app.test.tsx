import { ChatKit, useChatKit } from '@openai/chatkit-react';
import { http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createMockOpenAI, DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID } from '../../../src/mock-openai/index';
import { labelled, messages, typeAndSend, useMswServer, useReactRenderer } from './helpers';

const server = useMswServer();
const render = useReactRenderer();

/** The reader's session route, as the starter app's `create-session` route does it. */
const sessionRoute = http.post('/api/chatkit/session', async () => {
  const upstream = await fetch('https://api.openai.com/v1/chatkit/sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${DEFAULT_API_KEY}`,
      'Content-Type': 'application/json',
      'OpenAI-Beta': 'chatkit_beta=v1',
    },
    body: JSON.stringify({ user: 'user_123', workflow: { id: DEFAULT_WORKFLOW_ID } }),
  });
  const session = (await upstream.json()) as { client_secret?: string; expires_at?: number; error?: { message: string } };
  if (!upstream.ok) return Response.json({ error: session.error?.message }, { status: upstream.status });
  return Response.json({ client_secret: session.client_secret, expires_at: session.expires_at });
});

interface PanelProps {
  onReady: () => void;
  onResponseEnd: () => void;
  onSecretRequest?: (currentSecret: string | null) => void;
}

/** The starter app's panel, reduced to its ChatKit wiring (components/ChatKitPanel.tsx). */
function ChatKitPanel({ onReady, onResponseEnd, onSecretRequest = () => undefined }: PanelProps) {
  const { control } = useChatKit({
    api: {
      async getClientSecret(currentSecret) {
        onSecretRequest(currentSecret);
        const response = await fetch('/api/chatkit/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ refresh: currentSecret !== null }),
        });
        const data = (await response.json()) as { client_secret?: string; error?: string };
        if (!response.ok) throw new Error(data.error ?? response.statusText);
        if (!data.client_secret) throw new Error('Missing client secret in response');
        return data.client_secret;
      },
    },
    onReady,
    onResponseEnd,
  });
  return (
    <div style={{ height: '90vh' }}>
      <ChatKit control={control} className="block h-full w-full" />
    </div>
  );
}

describe('the official starter app pattern against the mock OpenAI API', () => {
  it('gets a session, reaches chatkit.ready and shows a streamed reply', async () => {
    const openai = createMockOpenAI();
    server.use(sessionRoute, ...openai.handlers);
    const onReady = vi.fn();
    const onResponseEnd = vi.fn();
    const element = await render(<ChatKitPanel onReady={onReady} onResponseEnd={onResponseEnd} />);

    await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(openai.sessions).toHaveLength(1);
    expect(labelled<HTMLTextAreaElement>(element, 'Message').placeholder).toBe('Message the AI');

    typeAndSend(element, 'Where is my order?');
    await vi.waitFor(() => expect(onResponseEnd).toHaveBeenCalledTimes(1));
    expect(messages(element)).toEqual([
      { role: 'user', text: 'Where is my order?' },
      {
        role: 'assistant',
        text: 'This is a simulated reply from a mocked ChatKit backend; no model was called. You sent “Where is my order?”.',
      },
    ]);
    expect(openai.requestLog.map((entry) => entry.endpoint)).toEqual([
      'sessions.create',
      'conversation',
      'domain_keys.verify_hosted',
      'conversation',
    ]);
  });

  it('after the session expires, asks for a new secret with the old one and the message still gets its reply', async () => {
    const openai = createMockOpenAI();
    server.use(sessionRoute, ...openai.handlers);
    const onReady = vi.fn();
    const onResponseEnd = vi.fn();
    const secretRequests: (string | null)[] = [];
    const element = await render(
      <ChatKitPanel onReady={onReady} onResponseEnd={onResponseEnd} onSecretRequest={(current) => secretRequests.push(current)} />,
    );
    await vi.waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));

    openai.clock.advance(11 * 60_000);
    typeAndSend(element, 'Still there?');
    await vi.waitFor(() => expect(onResponseEnd).toHaveBeenCalledTimes(1));
    const [first, second] = openai.sessions;
    expect(secretRequests).toEqual([null, first?.client_secret]);
    expect(second?.client_secret).not.toBe(first?.client_secret);
    expect(messages(element).map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(openai.requestLog.slice(-3).map((entry) => [entry.endpoint, entry.status])).toEqual([
      ['conversation', 401],
      ['sessions.create', 200],
      ['conversation', 200],
    ]);
  });
});
