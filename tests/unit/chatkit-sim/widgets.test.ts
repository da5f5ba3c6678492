import { HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { ChatKitRequest, ThreadStreamEvent, WidgetCard, WidgetComponent, WidgetListView } from '../../../src/chatkit-protocol/index';
import {
  alerts,
  button,
  chatKitModes,
  eventNames,
  eventStream,
  liveEventStream,
  readyChatKit,
  replyEvents,
  shadow,
  silenceConsoleErrors,
  thread,
  typeAndSend,
  useMswServer,
  visibleText,
  widgetItem,
} from './helpers';

const server = useMswServer();

const orderCard: WidgetCard = {
  type: 'Card',
  status: { text: 'Order lookup', icon: 'search' },
  children: [
    { type: 'Row', children: [{ type: 'Title', value: 'Order #7' }, { type: 'Spacer' }, { type: 'Badge', label: 'Shipped', color: 'success' }] },
    { type: 'Image', src: 'https://cdn.example.test/parcel.png', alt: 'A parcel on a doorstep' },
    { type: 'Image', src: 'https://cdn.example.test/divider.png' },
    {
      type: 'Col',
      children: [
        { type: 'Text', id: 'eta', value: 'Arrives ', streaming: true },
        { type: 'Caption', value: 'Tracking number' },
        { type: 'Markdown', value: '**ZX123**' },
      ],
    },
    { type: 'Divider' },
    { type: 'Select', name: 'carrier', options: [] } as unknown as WidgetComponent,
    { type: 'Button', label: 'Track parcel', onClickAction: { type: 'track', payload: { order: 7 } } },
    { type: 'Button', iconStart: 'reload', onClickAction: { type: 'refresh', handler: 'client' } },
  ],
};

/** The first reply of a thread: its user message, then the items given. */
function threadStarting(...events: ThreadStreamEvent[]): Response {
  const [created, userItem] = replyEvents({ userText: 'Where is order 7?', deltas: [] });
  return eventStream([created, userItem, ...events]);
}

/** A JSON response whose body arrives once `body` resolves. */
function jsonWhen(body: Promise<unknown>): Response {
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(new TextEncoder().encode(JSON.stringify(await body)));
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/json' } });
}

function widgetElement(element: HTMLElement): HTMLElement {
  const widget = shadow(element).querySelector<HTMLElement>('.ck-widget');
  if (!widget) throw new Error('no widget drawn');
  return widget;
}

function responseEnds(events: { name: string }[]): number {
  return events.filter((event) => event.name === 'chatkit.response.end').length;
}

describe.each(chatKitModes)('widgets ($name)', (mode) => {
  it('draws a widget item: real buttons, images with alt text, the texts and a note for components it does not draw', async () => {
    mode.serve(server, (request) => (request.type === 'threads.create' ? threadStarting({ type: 'thread.item.done', item: widgetItem('w_1', orderCard) }) : undefined));
    const { element, events } = await readyChatKit({ api: mode.api });

    typeAndSend(element, 'Where is order 7?');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));
    const widget = widgetElement(element);

    expect([...widget.querySelectorAll('button')].map((control) => [control.type, control.textContent, control.getAttribute('aria-label')])).toEqual([
      ['button', 'Track parcel', null],
      ['button', '', 'reload'],
    ]);
    expect([...widget.querySelectorAll('img')].map((image) => image.getAttribute('alt'))).toEqual(['A parcel on a doorstep', '']);
    expect(widget.querySelector('h3')?.textContent).toBe('Order #7');
    expect(widget.querySelectorAll('hr')).toHaveLength(1);
    const text = visibleText(widget).replace(/\s+/g, ' ');
    for (const shown of ['Order lookup', 'Shipped', 'Arrives', 'Tracking number', '**ZX123**', 'Select (not simulated)']) expect(text).toContain(shown);
  });

  it('sends a button action to the server as threads.custom_action, and redraws the widget as the answer streams', async () => {
    let actionStream: ReturnType<typeof liveEventStream> | null = null;
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return threadStarting({ type: 'thread.item.done', item: widgetItem('w_1', orderCard) });
      if (request.type !== 'threads.custom_action') return undefined;
      actionStream = liveEventStream({ type: 'stream_options', stream_options: { allow_cancel: true } });
      return actionStream.response;
    });
    const { element, events } = await readyChatKit({ api: mode.api });
    typeAndSend(element, 'Where is order 7?');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));

    button(element, 'Track parcel').click();
    await vi.waitFor(() => expect(actionStream).not.toBeNull());
    expect(requests.at(-1)).toEqual({
      type: 'threads.custom_action',
      params: { thread_id: 'thr_1', item_id: 'w_1', action: { type: 'track', payload: { order: 7 } } },
    });
    // loadingBehavior "auto" on a button: the button itself is busy, and stays so when the widget is redrawn.
    expect(button(element, 'Track parcel').disabled).toBe(true);
    actionStream!.push({
      type: 'thread.item.updated',
      item_id: 'w_1',
      update: { type: 'widget.streaming_text.value_delta', component_id: 'eta', delta: 'tomorrow', done: true },
    });
    await vi.waitFor(() => expect(visibleText(widgetElement(element))).toContain('Arrives tomorrow'));
    expect(button(element, 'Track parcel').getAttribute('aria-busy')).toBe('true');

    actionStream!.push({
      type: 'thread.item.updated',
      item_id: 'w_1',
      update: { type: 'widget.component.updated', component_id: 'eta', component: { type: 'Text', id: 'eta', value: 'Delivered' } },
    });
    await vi.waitFor(() => expect(visibleText(widgetElement(element))).toContain('Delivered'));
    actionStream!.push({
      type: 'thread.item.updated',
      item_id: 'w_1',
      update: { type: 'widget.root.updated', widget: { type: 'Card', children: [{ type: 'Title', value: 'Order #7 delivered' }] } },
    });
    await vi.waitFor(() => expect(widgetElement(element).querySelector('h3')?.textContent).toBe('Order #7 delivered'));
    actionStream!.push({ type: 'thread.item.replaced', item: widgetItem('w_1', { type: 'Card', children: [{ type: 'Text', value: 'Thanks for waiting.' }] }) });
    actionStream!.close();

    await vi.waitFor(() => expect(responseEnds(events)).toBe(2));
    expect(visibleText(widgetElement(element)).trim()).toBe('Thanks for waiting.');
    expect(shadow(element).querySelectorAll('.ck-widget')).toHaveLength(1);
  });

  it('runs a client-handled action through widgets.onAction(action, widgetItem) and sends nothing', async () => {
    const onAction = vi.fn(async () => undefined);
    const requests = mode.serve(server, (request) =>
      request.type === 'threads.create' ? threadStarting({ type: 'thread.item.done', item: widgetItem('w_1', orderCard) }) : undefined,
    );
    const { element, events } = await readyChatKit({ api: mode.api, widgets: { onAction } });
    typeAndSend(element, 'Where is order 7?');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));
    const sent = requests.length;

    widgetElement(element).querySelector<HTMLButtonElement>('button[aria-label="reload"]')!.click();
    await vi.waitFor(() => expect(onAction).toHaveBeenCalledTimes(1));
    expect(onAction).toHaveBeenCalledWith({ type: 'refresh' }, { id: 'w_1', widget: orderCard });
    expect(requests).toHaveLength(sent);
  });

  it('sends a streaming: false action as threads.sync_custom_action and shows the updated_item it answers', async () => {
    const confirmCard: WidgetCard = {
      type: 'Card',
      children: [{ type: 'Text', value: 'Cancel order 7?' }],
      confirm: { label: 'Yes, cancel', action: { type: 'cancel_order', payload: { order: 7 }, streaming: false } },
    };
    const answer = Promise.withResolvers<unknown>();
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return threadStarting({ type: 'thread.item.done', item: widgetItem('w_2', confirmCard) });
      return request.type === 'threads.sync_custom_action' ? jsonWhen(answer.promise) : undefined;
    });
    const { element, events } = await readyChatKit({ api: mode.api });
    typeAndSend(element, 'Cancel order 7');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));

    button(element, 'Yes, cancel').click();
    await vi.waitFor(() => expect(requests.at(-1)?.type).toBe('threads.sync_custom_action'));
    expect(requests.at(-1)).toEqual({
      type: 'threads.sync_custom_action',
      params: { thread_id: 'thr_1', item_id: 'w_2', action: { type: 'cancel_order', payload: { order: 7 } } },
    });
    // A card's confirm action makes the whole widget busy ("auto" → container).
    await vi.waitFor(() => expect(widgetElement(element).hasAttribute('inert')).toBe(true));
    answer.resolve({ updated_item: widgetItem('w_2', { type: 'Card', children: [{ type: 'Text', value: 'Order 7 is cancelled.' }] }) });

    await vi.waitFor(() => expect(visibleText(widgetElement(element)).trim()).toBe('Order 7 is cancelled.'));
    expect(widgetElement(element).hasAttribute('inert')).toBe(false);
    expect(eventNames(events).filter((name) => name === 'chatkit.response.start')).toHaveLength(1);
  });

  it('while a response streams, ignores streamed actions but runs client and streaming: false ones', async () => {
    const list: WidgetListView = {
      type: 'ListView',
      children: [
        { type: 'ListViewItem', children: [{ type: 'Text', value: 'Reorder' }], onClickAction: { type: 'reorder' } },
        { type: 'ListViewItem', children: [{ type: 'Text', value: 'Star' }], onClickAction: { type: 'star', streaming: false } },
        { type: 'ListViewItem', children: [{ type: 'Text', value: 'Copy link' }], onClickAction: { type: 'copy', handler: 'client' } },
      ],
    };
    let reply: ReturnType<typeof liveEventStream> | null = null;
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return threadStarting({ type: 'thread.item.done', item: widgetItem('w_3', list) });
      if (request.type === 'threads.add_user_message') {
        reply = liveEventStream(replyEvents({ userText: 'More', deltas: [], newThread: false })[0]);
        return reply.response;
      }
      if (request.type === 'threads.sync_custom_action') return HttpResponse.json({});
      return undefined;
    });
    const onAction = vi.fn(async () => undefined);
    const { element, events } = await readyChatKit({ api: mode.api, widgets: { onAction } });
    typeAndSend(element, 'Show my orders');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));
    typeAndSend(element, 'More');
    await vi.waitFor(() => expect(reply).not.toBeNull());

    button(element, 'Reorder').click();
    button(element, 'Star').click();
    button(element, 'Copy link').click();
    await vi.waitFor(() => expect(requests.at(-1)?.type).toBe('threads.sync_custom_action'));
    await vi.waitFor(() => expect(onAction).toHaveBeenCalledWith({ type: 'copy' }, { id: 'w_3', widget: list }));
    reply!.close();
    await vi.waitFor(() => expect(responseEnds(events)).toBe(2));
    expect(requests.map((request) => request.type).filter((type) => type.includes('custom_action'))).toEqual(['threads.sync_custom_action']);
    expect(button(element, 'Reorder').disabled).toBe(false);
  });

  it('sendCustomAction(action, itemId) streams threads.custom_action; thread.item.removed takes the widget away', async () => {
    const requests = mode.serve(server, (request) => {
      if (request.type === 'threads.create') return threadStarting({ type: 'thread.item.done', item: widgetItem('w_4', orderCard) });
      if (request.type === 'threads.custom_action') return eventStream([{ type: 'thread.item.removed', item_id: 'w_4' }]);
      return undefined;
    });
    const { element } = await readyChatKit({ api: mode.api });
    await element.sendUserMessage({ text: 'Where is order 7?' });
    expect(shadow(element).querySelectorAll('.ck-widget')).toHaveLength(1);

    await element.sendCustomAction({ type: 'dismiss', payload: { reason: 'done' } }, 'w_4');
    expect(requests.at(-1)).toEqual({
      type: 'threads.custom_action',
      params: { thread_id: 'thr_1', item_id: 'w_4', action: { type: 'dismiss', payload: { reason: 'done' } } },
    });
    expect(shadow(element).querySelectorAll('.ck-widget')).toHaveLength(0);
  });

  it('draws the widgets of a thread it loads', async () => {
    const stored = thread('thr_saved', 'Orders');
    stored.items.data = [widgetItem('w_5', orderCard, 'thr_saved')];
    mode.serve(server, (request) => (request.type === 'threads.get_by_id' ? HttpResponse.json(stored) : undefined));
    const { element } = await readyChatKit({ api: mode.api });

    await element.setThreadId('thr_saved');
    expect(widgetElement(element).querySelector('h3')?.textContent).toBe('Order #7');
  });

  it('submits a Form through its onSubmitAction when its submit button is pressed', async () => {
    const form: WidgetCard = {
      type: 'Card',
      children: [{ type: 'Form', onSubmitAction: { type: 'save_note', handler: 'client', payload: { note: 1 } }, children: [{ type: 'Button', label: 'Save', submit: true }] }],
    };
    mode.serve(server, (request) => (request.type === 'threads.create' ? threadStarting({ type: 'thread.item.done', item: widgetItem('w_8', form) }) : undefined));
    const onAction = vi.fn(async () => undefined);
    const { element, events } = await readyChatKit({ api: mode.api, widgets: { onAction } });
    typeAndSend(element, 'Take a note');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));

    expect(button(element, 'Save').type).toBe('submit');
    button(element, 'Save').click();
    await vi.waitFor(() => expect(onAction).toHaveBeenCalledWith({ type: 'save_note', payload: { note: 1 } }, { id: 'w_8', widget: form }));
  });

  it('reports a rejected onAction as an error', async () => {
    silenceConsoleErrors();
    const failure = new Error('Clipboard is not available.');
    mode.serve(server, (request) =>
      request.type === 'threads.create' ? threadStarting({ type: 'thread.item.done', item: widgetItem('w_6', orderCard) }) : undefined,
    );
    const { element, events } = await readyChatKit({ api: mode.api, widgets: { onAction: () => Promise.reject(failure) } });
    typeAndSend(element, 'Where is order 7?');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));

    widgetElement(element).querySelector<HTMLButtonElement>('button[aria-label="reload"]')!.click();
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ name: 'chatkit.error', detail: { error: failure } }));
    expect(alerts(element)).toEqual(['Clipboard is not available.']);
  });
});

describe('widget actions without a place to go', () => {
  it('a client-handled action without widgets.onAction does nothing', async () => {
    const requests: ChatKitRequest[] = chatKitModes[1]!.serve(server, (request) =>
      request.type === 'threads.create' ? threadStarting({ type: 'thread.item.done', item: widgetItem('w_7', orderCard) }) : undefined,
    );
    const { element, events } = await readyChatKit({ api: chatKitModes[1]!.api });
    typeAndSend(element, 'Where is order 7?');
    await vi.waitFor(() => expect(responseEnds(events)).toBe(1));
    const before = { requests: requests.length, events: events.length };

    widgetElement(element).querySelector<HTMLButtonElement>('button[aria-label="reload"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect({ requests: requests.length, events: events.length }).toEqual(before);
    expect(alerts(element)).toEqual([]);
  });
});
