import { consoleLine, type FrameMessage, type FrameMetrics, type NetworkEntry } from '../frame-protocol';

export const maxEntries = 200;

type Pane = 'console' | 'network' | 'events';

/**
 * The devtools pane: three logs, each capped at the newest 200 entries, and the latest measurements.
 * Each request row carries a waterfall bar: where it started and how long it took, on the scale of
 * every request still listed.
 */
export class DevtoolsLog {
  private readonly networkRows = new Map<string, { item: HTMLLIElement; entry: NetworkEntry }>();

  constructor(private readonly root: HTMLElement) {
    root.querySelector('[data-clear]')?.addEventListener('click', () => this.clear());
  }

  add(message: FrameMessage): void {
    if (message.type === 'console' || message.type === 'uncaught') {
      const { level, text } = consoleLine(message);
      this.append('console', `${level}: ${text}`, { level });
    } else if (message.type === 'chatkit-event') this.append('events', message.detail ? `${message.name} ${message.detail}` : message.name, { event: message.name });
    else if (message.type === 'network') this.upsertRequest(message.entry);
    else if (message.type === 'metrics') this.showMetrics(message.metrics);
  }

  private showMetrics(metrics: FrameMetrics): void {
    for (const [key, value] of Object.entries(metrics)) {
      const field = this.root.querySelector(`[data-metric="${key}"] dd`);
      if (field) field.textContent = String(value);
    }
  }

  /** Empties the logs and forgets the measurements: for a new frame. */
  reset(): void {
    this.clear();
    for (const field of this.root.querySelectorAll('[data-metric] dd')) field.textContent = '–';
  }

  /** Empties the logs (the Clear button); the measurements stay, as they describe the running frame. */
  clear(): void {
    for (const list of this.root.querySelectorAll('[data-log]')) list.replaceChildren();
    this.networkRows.clear();
    this.updateCounts();
  }

  private append(pane: Pane, text: string, data: Record<string, string>): HTMLLIElement {
    const item = document.createElement('li');
    item.textContent = text;
    Object.assign(item.dataset, data);
    const list = this.list(pane);
    list.append(item);
    while (list.children.length > maxEntries) list.firstElementChild!.remove();
    this.updateCounts();
    return item;
  }

  private upsertRequest(entry: NetworkEntry): void {
    const row = this.networkRows.get(entry.id)?.item;
    const outcome = entry.failed ? 'failed (network error)' : String(entry.status);
    const timing = entry.durationMs === null ? ` · pending (from ${entry.startMs} ms)` : ` · ${entry.durationMs} ms (from ${entry.startMs} ms)`;
    const item = row ?? this.append('network', '', {});
    Object.assign(item.dataset, { method: entry.method, url: entry.url, status: outcome, failed: String(entry.failed) });
    const details = document.createElement('details');
    const title = document.createElement('summary');
    title.textContent = `${entry.method} ${entry.url} → ${outcome}${timing}`;
    const bar = document.createElement('span');
    bar.className = 'devtools-waterfall';
    bar.setAttribute('aria-hidden', 'true');
    bar.append(document.createElement('span'));
    const bodies = document.createElement('pre');
    bodies.textContent = `Request body:\n${entry.requestBody || '(empty)'}\n\nResponse body:\n${entry.responseBody || '(empty or not yet read)'}`;
    details.append(title, bodies);
    details.open = row?.querySelector('details')?.open ?? false;
    item.replaceChildren(bar, details);
    this.networkRows.set(entry.id, { item, entry });
    for (const [id, { item: listed }] of this.networkRows) if (!listed.isConnected) this.networkRows.delete(id);
    this.drawWaterfall();
  }

  /** Places every listed request's bar on one time axis, from the first start to the last end. */
  private drawWaterfall(): void {
    const rows = [...this.networkRows.values()];
    const first = Math.min(...rows.map(({ entry }) => entry.startMs));
    const last = Math.max(...rows.map(({ entry }) => entry.startMs + (entry.durationMs ?? 0)));
    const span = Math.max(last - first, 1);
    for (const { item, entry } of rows) {
      const bar = item.querySelector<HTMLElement>('.devtools-waterfall > span')!;
      const start = ((entry.startMs - first) / span) * 100;
      const width = entry.durationMs === null ? 100 - start : (entry.durationMs / span) * 100;
      bar.style.setProperty('--start', `${start.toFixed(2)}%`);
      bar.style.setProperty('--width', `${width.toFixed(2)}%`);
      bar.classList.toggle('pending', entry.durationMs === null);
    }
  }

  private list(pane: Pane): HTMLOListElement {
    return this.root.querySelector<HTMLOListElement>(`[data-log="${pane}"]`)!;
  }

  private updateCounts(): void {
    for (const counter of this.root.querySelectorAll<HTMLElement>('[data-count]')) {
      counter.textContent = String(this.list(counter.dataset.count as Pane).children.length);
    }
  }
}
