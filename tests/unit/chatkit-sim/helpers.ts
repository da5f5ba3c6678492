import { File as NodeFile } from 'node:buffer';
import type { ChatKitEvents, ChatKitOptions } from '@openai/chatkit';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';
import {
  chatKitEventNames,
  type ChatKitRequest,
  type OpenAIErrorBody,
  type Thread,
  type ThreadStreamEvent,
  type WidgetItem,
  type WidgetRoot,
} from '../../../src/chatkit-protocol/index';
import { defineChatKitSimulator, type SimulatedChatKit } from '../../../src/chatkit-sim/index';

export const API = 'https://api.openai.com/v1/chatkit';

/** One msw/node server per test file; unhandled requests fail the test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    document.body.replaceChildren();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  afterAll(() => server.close());
  return server;
}

export function mountChatKit(options: ChatKitOptions): SimulatedChatKit {
  defineChatKitSimulator();
  const element = document.createElement('openai-chatkit') as SimulatedChatKit;
  element.style.cssText = 'display:block;height:600px';
  document.body.append(element);
  element.setOptions(options);
  return element;
}

export type RecordedEvent = { name: keyof ChatKitEvents; detail: unknown };


/** Records every `chatkit.*` event dispatched on the element, in order. */
export function recordEvents(element: HTMLElement): RecordedEvent[] {
  const events: RecordedEvent[] = [];
  for (const name of chatKitEventNames) {
    element.addEventListener(name, (event) => events.push({ name, detail: (event as CustomEvent).detail }));
  }
  return events;
}

export function eventNames(events: readonly RecordedEvent[]): string[] {
  return events.map((event) => event.name);
}

export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error('no open shadow root');
  return element.shadowRoot;
}

/** The text a user can see: hidden subtrees left out. */
export function visibleText(node: Node = document.body): string {
  if (node instanceof HTMLElement && (node.hidden || node.tagName === 'STYLE')) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  const root = node instanceof HTMLElement && node.shadowRoot ? node.shadowRoot : node;
  return [...root.childNodes].map((child) => visibleText(child)).join(' ');
}

export function alerts(element: HTMLElement): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[role="alert"]')]
    .filter((alert) => !isHidden(alert))
    .map((alert) => visibleText(alert).replace(/\s+/g, ' ').trim());
}

export function isHidden(node: HTMLElement): boolean {
  for (let current: HTMLElement | null = node; current; current = current.parentElement) if (current.hidden) return true;
  return false;
}

export function button(element: HTMLElement, name: string): HTMLButtonElement {
  const found = [...shadow(element).querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

/** The control labelled `label`, by `<label>` (wrapping or `for`) or `aria-label`. */
export function labelled<T extends HTMLElement>(element: HTMLElement, label: string): T {
  const root = shadow(element);
  for (const candidate of root.querySelectorAll('label')) {
    if (candidate.textContent?.trim() !== label) continue;
    const control = candidate.htmlFor ? root.getElementById(candidate.htmlFor) : candidate.querySelector('input,textarea,select');
    if (control) return control as T;
  }
  const byAria = root.querySelector(`[aria-label="${label}"]`);
  if (byAria) return byAria as T;
  throw new Error(`no control labelled "${label}"`);
}

/** Types into the composer and presses Enter, as a user would. */
export function typeAndSend(element: HTMLElement, text: string): void {
  const textarea = labelled<HTMLTextAreaElement>(element, 'Message');
  textarea.value = text;
  textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
}

export function messages(element: HTMLElement): { role: string; text: string }[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('.ck-msg')].map((message) => ({
    role: message.dataset['role'] ?? '',
    text: message.querySelector('.ck-text')?.textContent ?? '',
  }));
}

export function errorBody(message: string, code: string | null = null): OpenAIErrorBody {
  return { error: { message, type: 'invalid_request_error', param: null, code } };
}

/** A `text/event-stream` response whose bytes arrive in chunks of `chunkSize` characters. */
export function eventStream(events: readonly unknown[], chunkSize = Number.POSITIVE_INFINITY): Response {
  const text = events.map((event) => `data: ${JSON.stringify(event)}\n\n`).join('');
  const encoder = new TextEncoder();
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += Math.min(chunkSize, text.length)) chunks.push(text.slice(start, start + chunkSize));
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(encoder.encode(next));
      },
    }),
    { headers: { 'content-type': 'text/event-stream' } },
  );
}

export function thread(id: string, title: string | null = null): Thread {
  return { id, title, created_at: '2026-01-01T00:00:00', status: { type: 'active' }, metadata: {}, items: { data: [], has_more: false } };
}

let itemCounter = 0;

/** The events of one exchange, as chatkit-python orders them; `deltas` make up the reply. */
export function replyEvents(options: { userText: string; deltas: string[]; threadId?: string; newThread?: boolean }): ThreadStreamEvent[] {
  const threadId = options.threadId ?? 'thr_1';
  const userId = `item_user_${(itemCounter += 1)}`;
  const assistantId = `item_assistant_${itemCounter}`;
  const created = '2026-01-01T00:00:00';
  const events: ThreadStreamEvent[] = [];
  if (options.newThread !== false) events.push({ type: 'thread.created', thread: thread(threadId) });
  events.push(
    {
      type: 'thread.item.done',
      item: {
        id: userId,
        thread_id: threadId,
        created_at: created,
        type: 'user_message',
        content: [{ type: 'input_text', text: options.userText }],
        attachments: [],
        inference_options: {},
      },
    },
    { type: 'thread.item.added', item: { id: assistantId, thread_id: threadId, created_at: created, type: 'assistant_message', content: [] } },
    ...options.deltas.map(
      (delta): ThreadStreamEvent => ({
        type: 'thread.item.updated',
        item_id: assistantId,
        update: { type: 'assistant_message.content_part.text_delta', content_index: 0, delta },
      }),
    ),
    {
      type: 'thread.item.done',
      item: {
        id: assistantId,
        thread_id: threadId,
        created_at: created,
        type: 'assistant_message',
        content: [{ type: 'output_text', text: options.deltas.join(''), annotations: [] }],
      },
    },
  );
  return events;
}

export interface RecordedRequest {
  url: string;
  headers: Headers;
  body: ChatKitRequest;
}

/**
 * A small stand-in for OpenAI's hosted ChatKit API: accepts `validSecrets`, answers 401
 * `client_secret_expired` for `expiredSecrets` and 401 `invalid_client_secret` for anything else,
 * and answers each ChatKit request with `answer` (default: an empty list and a fixed reply).
 */
export function hostedApi(config: {
  validSecrets: string[];
  expiredSecrets?: string[];
  answer?: (request: ChatKitRequest) => Response | undefined;
  verifyHosted?: () => Response;
}): { handlers: HttpHandler[]; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const refuseSecret = (request: Request): Response | null => {
    const secret = /^Bearer (.*)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
    if (config.expiredSecrets?.includes(secret)) {
      return HttpResponse.json(errorBody('Client secret has expired.', 'client_secret_expired'), { status: 401 });
    }
    if (!config.validSecrets.includes(secret)) {
      return HttpResponse.json(errorBody('Invalid client_secret provided.', 'invalid_client_secret'), { status: 401 });
    }
    return null;
  };
  return {
    requests,
    handlers: [
      http.post(`${API}/conversation`, async ({ request }) => {
        const body = (await request.clone().json()) as ChatKitRequest;
        requests.push({ url: request.url, headers: request.headers, body });
        return refuseSecret(request) ?? config.answer?.(body) ?? defaultAnswer(body);
      }),
      http.post(`${API}/domain_keys/verify_hosted`, ({ request }) => refuseSecret(request) ?? config.verifyHosted?.() ?? HttpResponse.json({ status: 'verified' })),
    ],
  };
}

export function defaultAnswer(request: ChatKitRequest): Response {
  switch (request.type) {
    case 'threads.list':
      return HttpResponse.json({ data: [], has_more: false });
    case 'threads.create':
      return eventStream(replyEvents({ userText: textOf(request.params.input), deltas: ['Hello ', 'from ', 'the mock.'] }));
    case 'threads.add_user_message':
      return eventStream(
        replyEvents({ userText: textOf(request.params.input), deltas: ['Again.'], threadId: request.params.thread_id, newThread: false }),
      );
    default:
      return HttpResponse.json(errorBody(`Unexpected ${request.type}`), { status: 400 });
  }
}

function textOf(input: { content: { text: string }[] }): string {
  return input.content.map((part) => part.text).join('');
}

/** `POST /domain_keys/verify` accepting any key, recording what it was sent. */
export function verifyDomainKey(bodies: unknown[] = [], answer: () => Response | Promise<Response> = () => HttpResponse.json({ status: 'verified' })): HttpHandler {
  return http.post(`${API}/domain_keys/verify`, async ({ request }) => {
    bodies.push(await request.json());
    return answer();
  });
}

/**
 * vitest's jsdom environment pairs jsdom's `FormData`/`File` with Node's `fetch`, and converting one
 * to the other drops file names. Tests that upload use Node's own `FormData` and `File`, which
 * Node's `fetch` sends as a browser would (a multipart part with the file name and type).
 */
export async function useNodeMultipart(): Promise<void> {
  const nodeForm = await new Response('a=1', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  vi.stubGlobal('FormData', nodeForm.constructor);
}

export function nodeFile(bytes: number | string, name: string, type: string): File {
  const content = typeof bytes === 'number' ? new Uint8Array(bytes) : bytes;
  return new NodeFile([content], name, { type }) as unknown as File;
}

/** Puts files in a file input and fires `change`, as choosing them in the picker does. */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export function silenceConsoleErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

/**
 * For a test file that renders with React: defines the simulator, unmounts after each test, and
 * returns a function that renders a tree into a fresh container and gives back its <openai-chatkit>.
 */
export function useReactRenderer(): (tree: ReactNode) => Promise<HTMLElement> {
  let root: Root | null = null;
  beforeAll(() => {
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    defineChatKitSimulator();
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
  });
  return async (tree) => {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root?.render(tree));
    const chatkit = container.querySelector('openai-chatkit');
    if (!(chatkit instanceof HTMLElement)) throw new Error('<openai-chatkit> was not rendered');
    return chatkit;
  };
}

/** A `text/event-stream` response the test writes to as it goes; msw/node hands it to `fetch` with its first chunk, `first`. */
export function liveEventStream(...first: unknown[]): { response: Response; push: (...events: unknown[]) => void; close: () => void } {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const push = (...events: unknown[]): void => {
    for (const event of events) controller?.enqueue(encoder.encode(`data: ${JSON.stringify(event)}\n\n`));
  };
  const response = new Response(
    new ReadableStream<Uint8Array>({
      start(started) {
        controller = started;
        push(...first);
      },
    }),
    { headers: { 'content-type': 'text/event-stream' } },
  );
  return { response, push, close: () => controller?.close() };
}

export function widgetItem(id: string, widget: WidgetRoot, threadId = 'thr_1'): WidgetItem {
  return { id, thread_id: threadId, created_at: '2026-01-01T00:00:00', type: 'widget', widget };
}

export const CHATKIT_URL = 'https://support.example.test/chatkit';

type Answer = (request: ChatKitRequest) => Response | undefined;

/** One way a page connects the widget, with a server for that way that answers each request with `answer` (else `defaultAnswer`). */
export interface ChatKitMode {
  name: string;
  api: ChatKitOptions['api'];
  /** Starts the server; the returned list fills with every ChatKit request, in order. */
  serve: (server: SetupServer, answer?: Answer) => ChatKitRequest[];
}

export const chatKitModes: readonly ChatKitMode[] = [
  {
    name: 'hosted',
    api: { getClientSecret: async () => 'ek_one' },
    serve(server, answer) {
      const requests: ChatKitRequest[] = [];
      const api = hostedApi({
        validSecrets: ['ek_one'],
        answer: (request) => {
          requests.push(request);
          return answer?.(request);
        },
      });
      server.use(...api.handlers);
      return requests;
    },
  },
  {
    name: 'custom server',
    api: { url: CHATKIT_URL, domainKey: 'domain_pk_localhost_dev' },
    serve(server, answer) {
      const requests: ChatKitRequest[] = [];
      server.use(
        verifyDomainKey(),
        http.post(CHATKIT_URL, async ({ request }) => {
          const body = (await request.json()) as ChatKitRequest;
          requests.push(body);
          return answer?.(body) ?? defaultAnswer(body);
        }),
      );
      return requests;
    },
  },
];

/** Mounts the widget with `options` and waits for `chatkit.ready`. */
export async function readyChatKit(options: ChatKitOptions): Promise<{ element: SimulatedChatKit; events: RecordedEvent[] }> {
  const element = mountChatKit(options);
  const events = recordEvents(element);
  await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));
  return { element, events };
}
