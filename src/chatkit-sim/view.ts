import type { ChatKitOptions, StartScreenPrompt } from '@openai/chatkit';
import type { ActionConfig, Attachment, Thread, ThreadItemUpdate, ThreadStreamEvent, WidgetItem } from '../chatkit-protocol/index';
import { acceptAttribute } from './attachment-rules';
import { h, setAlert } from './dom';
import { MessageList, type ShownItem } from './message-list';
import { styles } from './styles';
import { resolveTheme } from './theme';

/** What the user asks for through the UI; the session decides what happens. */
export interface ViewIntents {
  send(text: string): void;
  sendPrompt(prompt: StartScreenPrompt['prompt']): void;
  retry(): void;
  addFiles(files: File[]): void;
  removeAttachment(id: string): void;
  newThread(): void;
  toggleHistory(): void;
  openThread(threadId: string): void;
  widgetAction(action: ActionConfig, item: WidgetItem, setLoading: (loading: boolean) => void): void;
}

/**
 * `loading` until the widget has loaded, `failed` with a message when loading failed, `blank` when
 * the domain check refused it (nothing is rendered, as users report for the real widget [I]).
 */
export type Phase = 'loading' | 'ready' | 'failed' | 'blank';

type Notice = Extract<ThreadStreamEvent, { type: 'notice' }>;

const BADGE_DESCRIPTION =
  "Simulated ChatKit: a local stand-in for OpenAI's ChatKit widget, running against a mocked network. It is not OpenAI's widget.";

/** The widget's UI inside its open shadow root, built from plain DOM. */
export class ChatKitView {
  readonly #intents: ViewIntents;
  readonly #messages: MessageList;
  readonly #root = h('div', { class: 'ck', role: 'region', 'aria-label': 'Chat' });
  readonly #title = h('h2', { class: 'ck-title' });
  readonly #historyButton = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'ck-history' }, 'History');
  readonly #newThreadButton = h('button', { type: 'button' }, 'New chat');
  readonly #historyList = h('ul');
  readonly #history = h('nav', { id: 'ck-history', class: 'ck-history', 'aria-label': 'Chat history', hidden: true }, this.#historyList);
  readonly #loading = h('p', { class: 'ck-status', role: 'status' }, 'Loading…');
  readonly #fatalError = h('div', { class: 'ck-alert', role: 'alert', hidden: true });
  readonly #greeting = h('h3', { class: 'ck-greeting' });
  readonly #prompts = h('div', { class: 'ck-prompts' });
  readonly #startScreen = h('section', { class: 'ck-start', 'aria-label': 'Start' }, this.#greeting, this.#prompts);
  readonly #responseErrorText = h('p');
  readonly #retryButton = h('button', { type: 'button' }, 'Retry');
  readonly #responseError = h('div', { class: 'ck-alert', role: 'alert', hidden: true }, this.#responseErrorText, this.#retryButton);
  readonly #notice = h('div', { class: 'ck-alert', hidden: true });
  readonly #progress = h('p', { class: 'ck-status', role: 'status', hidden: true });
  readonly #requestError = h('div', { class: 'ck-alert', role: 'alert', hidden: true });
  readonly #chips = h('ul', { class: 'ck-chips', 'aria-label': 'Attached files', hidden: true });
  readonly #attachmentError = h('div', { class: 'ck-alert', role: 'alert', hidden: true });
  readonly #textarea = h('textarea', { id: 'ck-input', rows: '1' });
  readonly #fileInput = h('input', { type: 'file', multiple: true });
  readonly #attachLabel = h('label', { class: 'ck-attach', hidden: true }, 'Attach files', this.#fileInput);
  readonly #sendButton = h('button', { type: 'submit', class: 'ck-primary', disabled: true }, 'Send');
  readonly #disclaimer = h('p', { class: 'ck-disclaimer', hidden: true });
  #phase: Phase = 'loading';
  #busy = false;
  #titleText: string | null = null;
  #threadTitle: string | null = null;

  constructor(shadow: ShadowRoot, intents: ViewIntents) {
    this.#intents = intents;
    this.#messages = new MessageList((action, item, setLoading) => intents.widgetAction(action, item, setLoading));
    const badge = h('span', { class: 'ck-badge', role: 'note', title: BADGE_DESCRIPTION, 'aria-label': BADGE_DESCRIPTION }, 'Simulated ChatKit');
    const bar = h('div', { class: 'ck-bar' }, this.#title, this.#historyButton, this.#newThreadButton, badge);
    const body = h(
      'div',
      { class: 'ck-body' },
      this.#loading,
      this.#fatalError,
      this.#startScreen,
      this.#messages.element,
      this.#progress,
      this.#responseError,
      this.#notice,
    );
    const composer = h(
      'form',
      { class: 'ck-composer', 'aria-label': 'Composer' },
      this.#requestError,
      this.#chips,
      this.#attachmentError,
      h('label', { class: 'ck-sr', for: 'ck-input' }, 'Message'),
      this.#textarea,
      this.#attachLabel,
      this.#sendButton,
    );
    this.#root.append(bar, this.#history, body, composer, this.#disclaimer);
    shadow.replaceChildren(h('style', {}, styles), this.#root);

    composer.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    this.#textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.#submit();
      }
    });
    this.#fileInput.addEventListener('change', () => {
      const files = [...(this.#fileInput.files ?? [])];
      this.#fileInput.value = '';
      if (files.length > 0) intents.addFiles(files);
    });
    this.#retryButton.addEventListener('click', () => intents.retry());
    this.#historyButton.addEventListener('click', () => intents.toggleHistory());
    this.#newThreadButton.addEventListener('click', () => intents.newThread());
  }

  applyOptions(options: ChatKitOptions): void {
    const theme = resolveTheme(options.theme);
    this.#root.dataset['colorScheme'] = theme.colorScheme;
    for (const [name, value] of Object.entries(theme.variables)) this.#root.style.setProperty(name, value);
    this.#root.setAttribute('aria-label', options.frameTitle ?? 'Chat');

    const header = options.header;
    const headerShown = header?.enabled !== false;
    this.#title.hidden = !headerShown || header?.title?.enabled === false;
    this.#titleText = header?.title?.text ?? null;
    this.#historyButton.hidden = !headerShown || options.history?.enabled === false;
    this.#newThreadButton.hidden = !headerShown;
    this.#renderTitle();

    this.#greeting.textContent = options.startScreen?.greeting ?? 'What can I help with today?';
    this.#prompts.replaceChildren(...(options.startScreen?.prompts ?? []).map((prompt) => this.#promptButton(prompt)));

    this.#textarea.placeholder = options.composer?.placeholder ?? 'Message the AI';
    const attachments = options.composer?.attachments;
    this.#attachLabel.hidden = attachments?.enabled !== true;
    const accept = acceptAttribute(attachments?.accept);
    if (accept === null) this.#fileInput.removeAttribute('accept');
    else this.#fileInput.accept = accept;

    this.#disclaimer.hidden = options.disclaimer === undefined;
    this.#disclaimer.textContent = options.disclaimer?.text ?? '';
  }

  setPhase(phase: Phase, message: string | null = null): void {
    this.#phase = phase;
    this.#root.hidden = phase === 'blank';
    this.#loading.hidden = phase !== 'loading';
    setAlert(this.#fatalError, phase === 'failed' ? message : null);
    this.#refresh();
  }

  setBusy(busy: boolean): void {
    this.#busy = busy;
    this.#messages.element.setAttribute('aria-busy', String(busy));
    this.#refresh();
  }

  setThreadTitle(title: string | null): void {
    this.#threadTitle = title;
    this.#renderTitle();
  }

  clearThread(): void {
    this.#messages.clear();
    this.setThreadTitle(null);
    this.showResponseError(null);
    this.showNotice(null);
    this.showProgress(null);
    this.#refresh();
  }

  showThreadItems(items: readonly ShownItem[]): void {
    this.#messages.clear();
    for (const item of items) this.#messages.upsert(item);
    this.#refresh();
  }

  showPendingUserMessage(text: string, attachments: readonly Attachment[]): void {
    this.#messages.showPendingUserMessage(text, attachments);
    this.#refresh();
  }

  upsertItem(item: ShownItem): void {
    this.#messages.upsert(item);
    this.#refresh();
  }

  updateItem(itemId: string, update: ThreadItemUpdate): void {
    this.#messages.update(itemId, update);
  }

  removeItem(itemId: string): void {
    this.#messages.remove(itemId);
    this.#refresh();
  }

  removeItemsAfter(itemId: string): void {
    this.#messages.removeAfter(itemId);
  }

  showResponseError(message: string | null, allowRetry = false): void {
    this.#responseError.hidden = message === null;
    this.#responseErrorText.textContent = message ?? '';
    this.#retryButton.hidden = !allowRetry;
  }

  /** [G] A `danger` notice is an alert, `info` and `warning` are a status; the markdown shows as plain text. */
  showNotice(notice: Notice | null): void {
    this.#notice.hidden = notice === null;
    this.#notice.setAttribute('role', notice?.level === 'danger' ? 'alert' : 'status');
    this.#notice.dataset['level'] = notice?.level ?? '';
    this.#notice.replaceChildren();
    if (notice?.title) this.#notice.append(h('p', {}, h('strong', {}, notice.title)));
    if (notice) this.#notice.append(notice.message);
  }

  showProgress(text: string | null): void {
    setAlert(this.#progress, text);
  }

  showRequestError(message: string | null): void {
    setAlert(this.#requestError, message);
  }

  showAttachmentError(message: string | null): void {
    setAlert(this.#attachmentError, message);
  }

  showAttachments(attachments: readonly Attachment[]): void {
    this.#chips.hidden = attachments.length === 0;
    this.#chips.replaceChildren(
      ...attachments.map((attachment) => {
        const remove = h('button', { type: 'button', 'aria-label': `Remove ${attachment.name}` }, '×');
        remove.addEventListener('click', () => this.#intents.removeAttachment(attachment.id));
        return h('li', {}, attachment.name, remove);
      }),
    );
  }

  showHistory(threads: readonly Thread[]): void {
    this.#history.hidden = false;
    this.#historyButton.setAttribute('aria-expanded', 'true');
    const entries = threads.map((thread) => {
      const open = h('button', { type: 'button' }, thread.title ?? 'Untitled chat');
      open.addEventListener('click', () => this.#intents.openThread(thread.id));
      return h('li', {}, open);
    });
    this.#historyList.replaceChildren(...(entries.length > 0 ? entries : [h('li', {}, 'No past chats.')]));
  }

  hideHistory(): void {
    this.#history.hidden = true;
    this.#historyButton.setAttribute('aria-expanded', 'false');
  }

  get isHistoryOpen(): boolean {
    return !this.#history.hidden;
  }

  focusComposer(): void {
    this.#textarea.focus();
  }

  setComposerText(text: string): void {
    this.#textarea.value = text;
  }

  #submit(): void {
    const text = this.#textarea.value;
    if (this.#sendButton.disabled || (text.trim() === '' && this.#chips.hidden)) return;
    this.#textarea.value = '';
    this.#intents.send(text);
  }

  #promptButton(prompt: StartScreenPrompt): HTMLButtonElement {
    const button = h('button', { type: 'button' }, prompt.label);
    button.addEventListener('click', () => this.#intents.sendPrompt(prompt.prompt));
    return button;
  }

  #renderTitle(): void {
    this.#title.textContent = this.#titleText ?? this.#threadTitle ?? '';
  }

  #refresh(): void {
    this.#startScreen.hidden = this.#phase !== 'ready' || !this.#messages.isEmpty;
    this.#sendButton.disabled = this.#phase !== 'ready' || this.#busy;
  }
}
