import { readFrameMessage, tagHostMessage, type HostMessage } from '../frame-protocol';
import { DevtoolsLog } from './devtools-log';
import { wireTabs } from './tabs';

/** Frames are created this far before they scroll into view, so they are usually ready on arrival. */
const preloadMargin = '800px 0px';

/**
 * <chatkit-sandbox>: enhances the server-rendered sandbox (every variant's code, readable without
 * JavaScript) into tabs, a lazily created frame that runs the selected variant, and a devtools pane.
 */
class ChatKitSandbox extends HTMLElement {
  private frame: HTMLIFrameElement | undefined;
  private variant = '';
  private devtools!: DevtoolsLog;

  connectedCallback(): void {
    this.devtools = new DevtoolsLog(this.querySelector<HTMLElement>('[data-devtools]')!);
    const tablist = this.querySelector<HTMLElement>('.sandbox-tabs')!;
    const selectTab = wireTabs(tablist, (tab) => this.show(tab.dataset.variant!, { updateUrl: true }));
    tablist.hidden = false;
    this.querySelector<HTMLElement>('[data-runner]')!.hidden = false;
    this.toggleAttribute('data-enhanced', true);

    const initial = this.variantFromUrl();
    const initialTab = tablist.querySelector<HTMLButtonElement>(`[data-variant="${initial}"]`)!;
    selectTab(initialTab);
    this.show(initial, { updateUrl: false });

    this.wireDevtoolsTabs();
    this.querySelector('[data-reset]')!.addEventListener('click', () => this.loadFrame());
    for (const control of this.querySelectorAll<HTMLElement>('[data-host-message]')) {
      const message = JSON.parse(control.dataset.hostMessage!) as HostMessage;
      control.addEventListener('click', () => this.postToFrame(message));
    }
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
      if (button) void this.copy(button);
    });
    window.addEventListener('message', (event) => this.receive(event));

    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        this.loadFrame();
      },
      { rootMargin: preloadMargin },
    );
    observer.observe(this);
  }

  private get example(): string {
    return this.dataset.example!;
  }

  private variantNames(): string[] {
    return [...this.querySelectorAll<HTMLElement>('.sandbox-tabs [role="tab"]')].map((tab) => tab.dataset.variant!);
  }

  /** The variant named in `?<example>=<variant>`; an unknown name falls back to the first with a notice. */
  private variantFromUrl(): string {
    const fallback = this.dataset.defaultVariant!;
    const requested = new URLSearchParams(location.search).get(this.example);
    if (requested === null || this.variantNames().includes(requested)) return requested ?? fallback;
    this.querySelector('[data-notice]')!.textContent =
      `This sandbox has no variant “${requested}” (the link's ?${this.example}= value), so it shows “${fallback}”. Variants: ${this.variantNames().join(', ')}.`;
    return fallback;
  }

  private show(variant: string, { updateUrl }: { updateUrl: boolean }): void {
    this.variant = variant;
    for (const panel of this.querySelectorAll<HTMLElement>('.sandbox-panel')) panel.hidden = panel.dataset.variant !== variant;
    if (updateUrl) {
      const url = new URL(location.href);
      url.searchParams.set(this.example, variant);
      history.replaceState(history.state, '', url);
    }
    if (this.frame) this.loadFrame();
  }

  private loadFrame(): void {
    this.devtools.reset();
    const label = this.querySelector(`.sandbox-tabs [data-variant="${this.variant}"]`)?.textContent?.trim() ?? this.variant;
    const frame = document.createElement('iframe');
    frame.title = `Sandbox running: ${label}`;
    frame.src = `${this.dataset.frameBase}${this.variant}/`;
    this.frame = frame;
    this.querySelector('[data-frame-slot]')!.replaceChildren(frame);
    this.setStatus(`Loading ${label}…`);
  }

  private receive(event: MessageEvent): void {
    const message = readFrameMessage(event, this.frame?.contentWindow ?? null);
    if (!message) return;
    if (message.type === 'status') {
      this.setStatus(message.state === 'failed' ? `The sandbox failed: ${message.message} Press Reset to try again.` : message.message);
      this.dataset.state = message.state;
    } else {
      this.devtools.add(message);
    }
  }

  private postToFrame(message: HostMessage): void {
    this.frame?.contentWindow?.postMessage(tagHostMessage(message), location.origin);
  }

  private setStatus(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }

  private wireDevtoolsTabs(): void {
    const devtools = this.querySelector<HTMLElement>('[data-devtools]')!;
    wireTabs(devtools.querySelector<HTMLElement>('[role="tablist"]')!, (tab) => {
      for (const panel of devtools.querySelectorAll<HTMLElement>('[role="tabpanel"]')) {
        panel.hidden = panel.id !== tab.getAttribute('aria-controls');
      }
    });
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const sources = JSON.parse(this.querySelector('[data-sources]')!.textContent!) as Record<string, string>;
    const key = button.dataset.copy!;
    const fileName = key.split('/').pop();
    const feedback = this.querySelector('[data-copy-feedback]')!;
    try {
      await navigator.clipboard.writeText(sources[key]!);
      button.textContent = 'Copied';
      feedback.textContent = `Copied ${fileName} to the clipboard.`;
    } catch {
      button.textContent = 'Copy failed';
      feedback.textContent = `Could not copy ${fileName}: select the code and copy it by hand.`;
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  }
}

customElements.define('chatkit-sandbox', ChatKitSandbox);
