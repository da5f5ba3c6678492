import type { ChatKitOptions, OpenAIChatKit } from '@openai/chatkit';
import { ChatKitSession } from './chatkit-session';
import { createBackend } from './create-backend';
import { chatKitEventEmitter } from './events';
import { InvalidFrameParamsError } from './invalid-frame-params-error';
import { findOptionIssues } from './validate-options';

/**
 * A local stand-in for `<openai-chatkit>` with the public contract of `OpenAIChatKit`: `setOptions`
 * (a full replacement, never a merge), the eight methods, and the `chatkit.*` events.
 */
export class SimulatedChatKit extends HTMLElement implements OpenAIChatKit {
  readonly #shadow = this.attachShadow({ mode: 'open' });
  #options: ChatKitOptions | null = null;
  #session: ChatKitSession | null = null;
  #started = false;

  setOptions(options: ChatKitOptions): void {
    const issues = findOptionIssues(options);
    if (issues.length > 0) throw new InvalidFrameParamsError(issues);
    this.#options = options;
    if (this.#session) {
      this.#session.applyOptions();
    } else {
      const current = (): ChatKitOptions => this.#options ?? options;
      const backend = createBackend(options.api, () => current().api);
      this.#session = new ChatKitSession({ options: current, backend, emit: chatKitEventEmitter(this) }, this.#shadow);
    }
    this.#startOnce();
  }

  connectedCallback(): void {
    this.#startOnce();
  }

  /** Loading starts once the element has options and is in the document [G: the real frame loads then]. */
  #startOnce(): void {
    if (this.#started || !this.#session || !this.isConnected) return;
    this.#started = true;
    try {
      // [I] The real frame's bundle calls it (starter-app#36), and only a secure context has it; that it
      // does so before loading anything is [G]. Uncaught there, so the console shows it and nothing loads.
      crypto.randomUUID();
    } catch (error) {
      this.#shadow.replaceChildren();
      reportError(error);
      return;
    }
    void this.#session.start();
  }

  async focusComposer(): Promise<void> {
    this.#session?.focusComposer();
  }

  async setThreadId(threadId: string | null): Promise<void> {
    return this.#requireSession().setThreadId(threadId);
  }

  async sendCustomAction(...args: Parameters<OpenAIChatKit['sendCustomAction']>): Promise<void> {
    return this.#requireSession().sendCustomAction(...args);
  }

  async sendUserMessage(params: Parameters<OpenAIChatKit['sendUserMessage']>[0]): Promise<void> {
    return this.#requireSession().sendUserMessage(params);
  }

  async setComposerValue(params: Parameters<OpenAIChatKit['setComposerValue']>[0]): Promise<void> {
    return this.#requireSession().setComposerValue(params);
  }

  async showHistory(): Promise<void> {
    return this.#requireSession().showHistory();
  }

  async hideHistory(): Promise<void> {
    return this.#requireSession().hideHistory();
  }

  async fetchUpdates(): Promise<void> {
    return this.#requireSession().fetchUpdates();
  }

  /** Methods need a widget; before the first `setOptions` they reject, as there is none [G]. */
  #requireSession(): ChatKitSession {
    if (!this.#session) throw new Error('ChatKit has no options yet: call setOptions first.');
    return this.#session;
  }
}
