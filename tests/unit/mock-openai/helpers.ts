import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ChatSession, OpenAIErrorBody, ThreadStreamEvent } from '../../../src/chatkit-protocol/index';
import { DEFAULT_API_KEY, DEFAULT_WORKFLOW_ID, OPENAI_CHATKIT_BASE_URL } from '../../../src/mock-openai/index';

export const API = OPENAI_CHATKIT_BASE_URL;

/** One msw/node server per test file; each test installs its own mock's handlers with `server.use`. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

export const sessionHeaders = (key = DEFAULT_API_KEY): Record<string, string> => ({
  authorization: `Bearer ${key}`,
  'openai-beta': 'chatkit_beta=v1',
  'content-type': 'application/json',
});

export function postSession(body: unknown, headers: Record<string, string> = sessionHeaders()): Promise<Response> {
  return fetch(`${API}/sessions`, { method: 'POST', headers, body: JSON.stringify(body) });
}

export async function createSession(body: Record<string, unknown> = {}): Promise<ChatSession> {
  const response = await postSession({ user: 'user_alice', workflow: { id: DEFAULT_WORKFLOW_ID }, ...body });
  if (response.status !== 200) throw new Error(`session creation failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as ChatSession;
}

/** POSTs a ChatKit request to the hosted conversation endpoint. */
export function converse(clientSecret: string, body: unknown): Promise<Response> {
  return fetch(`${API}/conversation`, {
    method: 'POST',
    headers: { authorization: `Bearer ${clientSecret}`, 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
}

export function userInput(text: string, attachments: string[] = []) {
  return { content: [{ type: 'input_text', text }], attachments, inference_options: {} };
}

/** Reads a whole `text/event-stream` body and parses each `data: <json>` frame. */
export async function readEvents(response: Response): Promise<ThreadStreamEvent[]> {
  const text = await response.text();
  expect(text.endsWith('\n\n')).toBe(true);
  return text
    .split('\n\n')
    .filter((frame) => frame !== '')
    .map((frame) => {
      expect(frame.startsWith('data: ')).toBe(true);
      return JSON.parse(frame.slice('data: '.length)) as ThreadStreamEvent;
    });
}

export async function errorOf(response: Response): Promise<OpenAIErrorBody['error']> {
  const body = (await response.json()) as OpenAIErrorBody;
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message', 'param', 'type']);
  return body.error;
}

export function eventTypes(events: readonly ThreadStreamEvent[]): string[] {
  return events.map((event) => event.type);
}

export function uploadForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}
