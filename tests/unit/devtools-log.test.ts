import { beforeEach, describe, expect, it } from 'vitest';
import { DevtoolsLog, maxEntries } from '../../src/host/devtools-log';

let root: HTMLElement;
let log: DevtoolsLog;
const items = (pane: string) => [...root.querySelectorAll(`[data-log="${pane}"] li`)];

beforeEach(() => {
  document.body.innerHTML = `
    <div data-devtools>
      <span data-count="console"></span><span data-count="network"></span><span data-count="events"></span>
      <button data-clear>Clear</button>
      <ol data-log="console"></ol><ol data-log="network"></ol><ol data-log="events"></ol>
    </div>`;
  root = document.querySelector('[data-devtools]')!;
  log = new DevtoolsLog(root);
});

const request = (overrides: Partial<import('../../src/frame-protocol').NetworkEntry> = {}) => ({
  id: 'r1',
  method: 'POST',
  url: 'https://api.openai.com/v1/chatkit/conversation',
  status: 401,
  failed: false,
  startMs: 340,
  durationMs: 12,
  requestBody: '{"type":"threads.list"}',
  responseBody: '',
  ...overrides,
});

describe('DevtoolsLog', () => {
  it('keeps only the newest entries of a pane', () => {
    for (let index = 0; index < maxEntries + 5; index += 1) log.add({ type: 'console', level: 'log', text: `line ${index}` });
    expect(items('console')).toHaveLength(maxEntries);
    expect(items('console')[0]!.textContent).toBe('log: line 5');
    expect(root.querySelector('[data-count="console"]')!.textContent).toBe(String(maxEntries));
  });

  it('updates a request in place when its response body arrives', () => {
    log.add({ type: 'network', entry: request() });
    log.add({ type: 'network', entry: request({ responseBody: '{"error":{"message":"Invalid client_secret provided."}}' }) });
    expect(items('network')).toHaveLength(1);
    expect(items('network')[0]!.querySelector('summary')!.textContent).toBe('POST https://api.openai.com/v1/chatkit/conversation → 401 · 12 ms (from 340 ms)');
    expect(items('network')[0]!.textContent).toContain('Invalid client_secret provided.');
  });

  it('draws each request on one time axis, from the first start to the last end', () => {
    log.add({ type: 'network', entry: request({ id: 'session', startMs: 100, durationMs: 800 }) });
    log.add({ type: 'network', entry: request({ id: 'chat', startMs: 900, durationMs: 200 }) });
    log.add({ type: 'network', entry: request({ id: 'upload', startMs: 1000, durationMs: null }) });
    const bars = items('network').map((item) => item.querySelector<HTMLElement>('.devtools-waterfall > span')!.style);
    expect(bars.map((bar) => [bar.getPropertyValue('--start'), bar.getPropertyValue('--width')])).toEqual([
      ['0.00%', '80.00%'],
      ['80.00%', '20.00%'],
      ['90.00%', '10.00%'],
    ]);
    expect(items('network')[2]!.querySelector('summary')!.textContent).toContain('pending (from 1000 ms)');
  });

  it('shows a request that failed at the network level as failed, not as a status', () => {
    log.add({ type: 'network', entry: request({ status: null, failed: true }) });
    expect((items('network')[0] as HTMLElement).dataset).toMatchObject({ status: 'failed (network error)', failed: 'true' });
  });

  it('marks errors and records events by name', () => {
    log.add({ type: 'uncaught', message: 'TypeError: boom', stack: 'at x' });
    log.add({ type: 'chatkit-event', name: 'chatkit.ready', detail: '' });
    expect((items('console')[0] as HTMLElement).dataset.level).toBe('error');
    expect((items('events')[0] as HTMLElement).dataset.event).toBe('chatkit.ready');
  });

  it('empties every pane on Clear', () => {
    log.add({ type: 'console', level: 'warn', text: 'careful' });
    log.add({ type: 'network', entry: request() });
    root.querySelector<HTMLButtonElement>('[data-clear]')!.click();
    expect(root.querySelectorAll('[data-log] li')).toHaveLength(0);
    log.add({ type: 'network', entry: request() });
    expect(items('network')).toHaveLength(1);
  });
});
