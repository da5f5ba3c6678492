import type { ChatKitOptions, OpenAIChatKit, StartScreenPrompt } from '@openai/chatkit';
import type { ActionConfig, ChatKitRequest, ClientToolCallItem, Thread, ThreadItem, ThreadStreamEvent, UserMessageInput, WidgetItem } from '../chatkit-protocol/index';
import { DomainVerificationError, type ChatKitBackend } from './backend';
import { ComposerAttachments } from './composer-attachments';
import { loadSentinelFrame } from './embedder-policy';
import type { EmitChatKitEvent } from './events';
import { isShownItem } from './message-list';
import { readThreadEvents } from './stream-events';
import { ChatKitView, type ViewIntents } from './view';
import { runWidgetAction, type WidgetActionParts } from './widget-actions';

type SendUserMessageParams = Parameters<OpenAIChatKit['sendUserMessage']>[0];
type ComposerValue = Parameters<OpenAIChatKit['setComposerValue']>[0];
type CustomAction = Parameters<OpenAIChatKit['sendCustomAction']>[0];

/** What the real widget shows for a stream `error` event ([I] chatkit-js#10, #109). */
export const RESPONSE_ERROR_TEXT = "There was an error while generating the assistant's response.";

/**
 * Why `sendCustomAction` refuses to send: without a thread ([I] chatkit-js#71) and while a response
 * streams ([I] chatkit-js#51, whose catch block logged it as an `IntegrationError`, so the promise rejects).
 */
const NO_THREAD_FOR_ACTION = 'ChatKit: sendAction() ignored - no active thread.';
const RESPONDING_FOR_ACTION = 'ChatKit: sendAction() ignored - already responding';

/** The kind of error the real widget's methods reject with ([I] chatkit-js#51, #187). */
class IntegrationError extends Error {
  override name = 'IntegrationError';
}

/** Old docs: methods "reject if invoked while ChatKit is busy" [D]; the wording is [G]. */
const BUSY_MESSAGE = 'ChatKit is busy: wait until the current response has finished.';

export interface SessionParts {
  /** The options of the latest `setOptions` call. */
  options: () => ChatKitOptions;
  backend: ChatKitBackend;
  emit: EmitChatKitEvent;
}

/** One widget's conversation: loading, threads, streamed responses and client tool calls, history. */
export class ChatKitSession implements ViewIntents {
  readonly #parts: SessionParts;
  readonly #view: ChatKitView;
  readonly #attachments: ComposerAttachments;
  readonly #loaded = Promise.withResolvers<void>();
  #ready = false;
  #responding = false;
  #threadId: string | null = null;
  #lastUserItemId: string | null = null;
  #threads: Thread[] = [];
  #pendingToolCall: ClientToolCallItem | null = null;
  readonly #widgetActionParts: WidgetActionParts;

  constructor(parts: SessionParts, shadow: ShadowRoot) {
    this.#parts = parts;
    this.#widgetActionParts = {
      options: parts.options,
      backend: parts.backend,
      threadId: () => this.#threadId,
      isResponding: () => this.#responding,
      stream: (request) => this.#stream(request),
      showItem: (item) => this.#showItem(item),
      fail: (error) => this.#view.showRequestError(this.#report(error).message),
    };
    this.#view = new ChatKitView(shadow, this);
    this.#loaded.promise.catch(() => undefined);
    this.#attachments = new ComposerAttachments({
      view: this.#view,
      option: () => this.#options.composer?.attachments,
      loaded: () => this.#loaded.promise,
      upload: (file) => parts.backend.upload(file),
      report: (error) => this.#report(error),
    });
  }

  get #options(): ChatKitOptions {
    return this.#parts.options();
  }

  get #historyEnabled(): boolean {
    return this.#options.history?.enabled !== false;
  }

  get #idle(): boolean {
    return this.#ready && !this.#responding;
  }

  applyOptions(): void {
    this.#view.applyOptions(this.#options);
  }

  /** Loads the widget: credentials or domain key, the thread list, then `chatkit.ready`. */
  async start(): Promise<void> {
    this.applyOptions();
    this.#view.setPhase('loading');
    try {
      await this.#parts.backend.connect();
      // [I] Under the page's COEP the widget does not load (chatkit-js#74); [G] it stays loading, with no event.
      if (!loadSentinelFrame()) return;
      // [G] The first request that carries the client secret, so a bad secret shows up here as the API's 401.
      if (this.#historyEnabled) await this.#loadThreadList();
      // [I] A refused domain shows the chat for a moment, then nothing (starter-app#13: "disappears after 1–2 seconds").
      this.#view.setPhase('ready');
      await this.#parts.backend.confirmDomain();
    } catch (error) {
      this.#loaded.reject(error);
      if (error instanceof DomainVerificationError) {
        console.error('[ChatKit]', error.message);
        this.#view.setPhase('blank');
      } else {
        this.#view.setPhase('failed', this.#report(error).message);
      }
      return;
    }
    this.#ready = true;
    this.#loaded.resolve();
    this.#parts.emit('chatkit.ready');
    const initialThread = this.#options.initialThread;
    if (typeof initialThread === 'string') await this.#openThread(initialThread);
  }

  focusComposer(): void {
    this.#view.focusComposer();
  }

  async sendUserMessage(params: SendUserMessageParams): Promise<void> {
    await this.#whenIdle();
    await this.#sendMessage(params);
  }

  async setComposerValue(value: ComposerValue): Promise<void> {
    const text = value.text ?? value.content?.map((part) => part.text).join('');
    if (text !== undefined) this.#view.setComposerText(text);
    if (value.attachments) this.#attachments.set([...value.attachments]);
    if ('selectedToolId' in value) this.#parts.emit('chatkit.tool.change', { toolId: value.selectedToolId ?? null });
    if (value.files && value.files.length > 0) await this.#attachments.add(value.files);
  }

  async setThreadId(threadId: string | null): Promise<void> {
    await this.#whenIdle();
    if (threadId === null) this.newThread();
    else await this.#openThread(threadId);
  }

  async fetchUpdates(): Promise<void> {
    await this.#whenIdle();
    try {
      if (this.#threadId !== null) this.#showThread(await this.#fetchThread(this.#threadId));
      if (this.#historyEnabled) await this.#loadThreadList();
    } catch (error) {
      this.#view.showRequestError(this.#report(error).message);
    }
  }

  async sendCustomAction(action: CustomAction, itemId?: string): Promise<void> {
    await this.#loaded.promise;
    if (this.#responding) throw new IntegrationError(RESPONDING_FOR_ACTION);
    if (this.#threadId === null) throw new IntegrationError(NO_THREAD_FOR_ACTION);
    await this.#stream({ type: 'threads.custom_action', params: { thread_id: this.#threadId, item_id: itemId ?? null, action } });
  }

  async showHistory(): Promise<void> {
    this.#view.showHistory(this.#threads);
    this.#parts.emit('chatkit.history.open');
    if (!this.#ready || !this.#historyEnabled) return;
    try {
      await this.#loadThreadList();
      if (this.#view.isHistoryOpen) this.#view.showHistory(this.#threads);
    } catch (error) {
      this.#view.showRequestError(this.#report(error).message);
    }
  }

  async hideHistory(): Promise<void> {
    this.#view.hideHistory();
    this.#parts.emit('chatkit.history.close');
  }

  // ViewIntents: what the user does in the UI.

  send(text: string): void {
    void this.#sendMessage({ text, attachments: this.#attachments.take() });
  }

  sendPrompt(prompt: StartScreenPrompt['prompt']): void {
    if (this.#idle) void this.#sendMessage(typeof prompt === 'string' ? { text: prompt } : { content: prompt });
  }

  retry(): void {
    const threadId = this.#threadId;
    const itemId = this.#lastUserItemId;
    if (!this.#idle || threadId === null || itemId === null) return;
    this.#view.removeItemsAfter(itemId);
    void this.#stream({ type: 'threads.retry_after_item', params: { thread_id: threadId, item_id: itemId } });
  }

  addFiles(files: File[]): void {
    this.#attachments.add(files).catch(() => undefined);
  }

  removeAttachment(id: string): void {
    this.#attachments.remove(id);
  }

  newThread(): void {
    if (!this.#idle) return;
    this.#threadId = null;
    this.#lastUserItemId = null;
    this.#view.clearThread();
    this.#parts.emit('chatkit.thread.change', { threadId: null });
  }

  toggleHistory(): void {
    void (this.#view.isHistoryOpen ? this.hideHistory() : this.showHistory());
  }

  openThread(threadId: string): void {
    void this.hideHistory();
    if (this.#idle) void this.#openThread(threadId);
  }

  widgetAction(action: ActionConfig, item: WidgetItem, setLoading: (loading: boolean) => void): void {
    void runWidgetAction(this.#widgetActionParts, action, item, setLoading);
  }

  // Internals.

  async #whenIdle(): Promise<void> {
    await this.#loaded.promise;
    if (this.#responding) throw new Error(BUSY_MESSAGE);
  }

  async #sendMessage(params: SendUserMessageParams): Promise<void> {
    if (params.newThread) this.newThread();
    const content = params.content ?? [{ type: 'input_text', text: params.text ?? '' }];
    const attachments = params.attachments ?? [];
    const input: UserMessageInput = {
      // Entity tags travel as given, without the `data` and `interactive` chatkit-python defaults when left out.
      content: content as UserMessageInput['content'],
      attachments: attachments.map((attachment) => attachment.id),
      inference_options: { tool_choice: params.toolChoice ?? null, model: params.model ?? null },
      ...(params.reply === undefined ? {} : { quoted_text: params.reply }),
    };
    this.#view.showPendingUserMessage(content.map((part) => part.text).join(''), attachments);
    await this.#stream(
      this.#threadId === null
        ? { type: 'threads.create', params: { input } }
        : { type: 'threads.add_user_message', params: { thread_id: this.#threadId, input } },
    );
  }

  /** Sends a streaming request and applies its events; `response.start`/`.end` bracket the stream. */
  async #stream(request: ChatKitRequest): Promise<void> {
    this.#setResponding(true);
    this.#view.showRequestError(null);
    this.#view.showResponseError(null);
    this.#view.showNotice(null);
    let response: Response;
    try {
      response = await this.#parts.backend.send(request);
    } catch (error) {
      this.#setResponding(false);
      this.#view.showRequestError(this.#report(error).message);
      return;
    }
    this.#parts.emit('chatkit.response.start');
    try {
      for await (const event of readThreadEvents(response)) this.#apply(event);
    } catch (error) {
      // [G] A stream that breaks off shows the same error as a stream `error` event.
      this.#view.showResponseError(RESPONSE_ERROR_TEXT, true);
      this.#report(error);
    } finally {
      this.#view.showProgress(null);
      this.#setResponding(false);
      this.#parts.emit('chatkit.response.end');
    }
    await this.#answerClientToolCall();
  }

  #apply(event: ThreadStreamEvent): void {
    // [G] A progress update shows until the next item or update arrives.
    if (event.type.startsWith('thread.item.')) this.#view.showProgress(null);
    switch (event.type) {
      case 'thread.created':
        this.#threadId = event.thread.id;
        this.#view.setThreadTitle(event.thread.title ?? null);
        this.#parts.emit('chatkit.thread.change', { threadId: event.thread.id });
        return;
      case 'thread.updated':
        this.#view.setThreadTitle(event.thread.title ?? null);
        return;
      case 'thread.item.added':
      case 'thread.item.done':
      case 'thread.item.replaced':
        this.#showItem(event.item);
        return;
      case 'thread.item.updated':
        this.#view.updateItem(event.item_id, event.update);
        return;
      case 'thread.item.removed':
        this.#view.removeItem(event.item_id);
        return;
      case 'error':
        // chatkit-python sends `custom` errors with the server's own message [D].
        this.#view.showResponseError(event.code === 'custom' && event.message ? event.message : RESPONSE_ERROR_TEXT, event.allow_retry);
        return;
      case 'notice':
        this.#view.showNotice(event);
        return;
      case 'progress_update':
        this.#view.showProgress(event.text);
        return;
      case 'client_effect':
        this.#parts.emit('chatkit.effect', event.data === undefined ? { name: event.name } : { name: event.name, data: event.data });
        return;
      case 'stream_options':
        return;
    }
  }

  #showItem(item: ThreadItem): void {
    if (item.type === 'client_tool_call') {
      if (item.status === 'pending') this.#pendingToolCall = item;
      return;
    }
    if (!isShownItem(item)) return;
    if (item.type === 'user_message') this.#lastUserItemId = item.id;
    this.#view.upsertItem(item);
  }

  /**
   * After a stream that ended with a pending client tool call: runs `onClientTool`, then streams its
   * result back. The composer is usable meanwhile, as in the real widget ([I] chatkit-js#95).
   * [G] When `onClientTool` is missing or throws, nothing is sent: the error is reported and the
   * response error shows with Retry, which reruns the turn (and so the tool call).
   */
  async #answerClientToolCall(): Promise<void> {
    const call = this.#pendingToolCall;
    this.#pendingToolCall = null;
    if (call === null || this.#threadId === null) return;
    let result: Record<string, unknown>;
    try {
      const handler = this.#options.onClientTool;
      if (!handler) throw new Error(`No onClientTool handler for the client tool "${call.name}".`);
      result = await handler({ name: call.name, params: call.arguments });
    } catch (error) {
      this.#report(error);
      this.#view.showResponseError(RESPONSE_ERROR_TEXT, true);
      return;
    }
    await this.#stream({ type: 'threads.add_client_tool_output', params: { thread_id: this.#threadId, result } });
  }

  async #openThread(threadId: string): Promise<void> {
    this.#parts.emit('chatkit.thread.load.start', { threadId });
    try {
      this.#showThread(await this.#fetchThread(threadId));
      this.#parts.emit('chatkit.thread.change', { threadId });
    } catch (error) {
      this.#view.showRequestError(this.#report(error).message);
    } finally {
      this.#parts.emit('chatkit.thread.load.end', { threadId });
    }
  }

  async #fetchThread(threadId: string): Promise<Thread> {
    const response = await this.#parts.backend.send({ type: 'threads.get_by_id', params: { thread_id: threadId } });
    return (await response.json()) as Thread;
  }

  #showThread(thread: Thread): void {
    const items = (thread.items?.data ?? []).filter(isShownItem);
    this.#threadId = thread.id;
    this.#lastUserItemId = items.findLast((item) => item.type === 'user_message')?.id ?? null;
    this.#view.clearThread();
    this.#view.setThreadTitle(thread.title ?? null);
    this.#view.showThreadItems(items);
  }

  async #loadThreadList(): Promise<void> {
    const response = await this.#parts.backend.send({ type: 'threads.list', params: { limit: 20, order: 'desc' } });
    const page = (await response.json()) as { data?: Thread[] };
    this.#threads = page.data ?? [];
  }

  #setResponding(responding: boolean): void {
    this.#responding = responding;
    this.#view.setBusy(responding);
  }

  /** Every error the widget reports: `console.error` ([G]: the real one logs inside its frame) and `chatkit.error`. */
  #report(error: unknown): Error {
    const reported = error instanceof Error ? error : new Error(String(error));
    console.error('[ChatKit]', reported.message);
    this.#parts.emit('chatkit.error', { error: reported });
    return reported;
  }
}
