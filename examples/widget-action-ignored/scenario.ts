import type { WidgetRoot } from '../../src/chatkit-protocol';
import { defineScenario } from '../../src/examples/scenario';
import type { ChatKitScript } from '../../src/mock-openai';
import { GET as tracking } from './server.tracking';

interface Order {
  status: string;
  notify: boolean;
}

/** order_card.widget, built as orders.py builds it. */
function orderCard(orderId: string, order: Order): WidgetRoot {
  return {
    type: 'Card',
    children: [
      { type: 'Title', value: `Order ${orderId}` },
      { type: 'Text', id: 'status', value: order.status },
      {
        type: 'Row',
        children: [
          { type: 'Button', label: 'Track parcel', onClickAction: { type: 'order.track', handler: 'client', payload: { order_id: orderId } } },
          { type: 'Button', label: 'Deliver on Saturday', onClickAction: { type: 'order.reschedule', payload: { order_id: orderId, day: 'Saturday' } } },
          {
            type: 'Button',
            label: order.notify ? 'Notifications on' : 'Notify me',
            onClickAction: { type: 'order.notify', streaming: false, payload: { order_id: orderId } },
          },
        ],
      },
    ],
  };
}

const shipped = 'Order 1042 has shipped. Track it, move it to Saturday or get notified from the card.';
const nobodyHome =
  'If nobody is home, the courier first tries your neighbours on either side and leaves a card saying where the parcel went. ' +
  'If no neighbour can take it, the parcel goes to the nearest pickup point, where it waits for you for seven days; bring the card ' +
  'or the order number and something with your name on it. After seven days it comes back to us and we refund the order, ' +
  'so you never pay for a parcel you did not get. You can also move the delivery to a Saturday from the order card.';

/**
 * What server.py does, without a model: respond() as its agent would answer (the order card through
 * show_order, then a message), action() and sync_action() as written. With `actions: false`, what
 * server_no_action.py does: ChatKitServer's own action() and sync_action(), which raise.
 */
function supportServer({ actions }: { actions: boolean }): ChatKitScript {
  const order: Order = { status: 'Shipped', notify: false };
  const script: ChatKitScript = {
    respond(turn) {
      if (turn.kind !== 'user_message') return [];
      const question = turn.text.toLowerCase();
      if (question.includes('home')) return [{ type: 'text', text: nobodyHome }];
      if (question.includes('order')) {
        return [
          { type: 'widget', widget: orderCard('1042', order), copy_text: `Order 1042: ${order.status}` },
          { type: 'text', text: shipped },
        ];
      }
      return [{ type: 'text', text: 'I can help with your orders.' }];
    },
  };
  if (!actions) return script;
  return {
    ...script,
    action(action, sender) {
      if ((action.payload as { order_id?: unknown } | undefined)?.order_id !== '1042') return [];
      if (action.type === 'order.show') {
        return [
          { type: 'widget', widget: orderCard('1042', order), copy_text: `Order 1042: ${order.status}` },
          { type: 'text', text: 'Here is order 1042.' },
        ];
      }
      if (action.type !== 'order.reschedule' || sender === null) return [];
      order.status = 'Arriving on Saturday';
      return [
        { type: 'replace_widget', widget: orderCard('1042', order) },
        { type: 'text', text: 'Done: order 1042 will now arrive on Saturday.' },
      ];
    },
    syncAction(action, sender) {
      if (action.type !== 'order.notify' || sender === null) return null;
      order.notify = true;
      return orderCard('1042', order);
    },
  };
}

const chatkit = 'POST /chatkit';
const trackingRequest = 'GET /api/orders/1042/tracking';
const server = ['server.py', 'orders.py', 'support_agent.py', 'order_card.widget'] as const;
const serverWithoutActions = ['server_no_action.py', 'orders.py', 'support_agent.py', 'order_card.widget'] as const;
const client = ['parcel-tracking.ts', 'server.tracking.ts'] as const;
const genericError = "There was an error while generating the assistant's response.";
const trackingShown = 'Parcel ZX123 is in the Leeds depot.';

export default defineScenario({
  world: {
    mode: 'custom-server',
    routes: { 'GET /api/orders/:orderId/tracking': tracking },
  },
  variants: {
    'broken-no-on-action': {
      kind: 'broken',
      label: 'Broken: no widgets.onAction',
      summary:
        'The card’s “Track parcel” button is handled by the client (handler: "client"), and the page has no widgets.onAction. Pressing it sends no request, to the tracking route or to the server, and starts no response.',
      files: ['broken-no-on-action.tsx', ...server],
      world: { chatkitServer: { url: '/chatkit', script: supportServer({ actions: true }), streamChunkDelayMs: 30 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { send: 'Where is order 1042?' }, expect: [{ see: shipped }, { event: 'chatkit.response.end', exactly: 1 }] },
        { do: { click: 'Track parcel' }, expect: [{ request: trackingRequest, exactly: 0 }, { request: chatkit, exactly: 2 }] },
      ],
      settled: [
        { request: trackingRequest, exactly: 0 },
        { request: chatkit, exactly: 2 },
        { event: 'chatkit.response.start', exactly: 1 },
        { noEvent: 'chatkit.error' },
        { notSee: trackingShown },
      ],
    },
    'broken-no-action': {
      kind: 'broken',
      label: 'Broken: server without action()',
      summary:
        'The server implements respond() only. “Deliver on Saturday” reaches chatkit-python’s own action(), which raises: the widget shows its generic error. “Notify me” (streaming: false) reaches sync_action(), which raises too: a 500.',
      files: ['fixed.tsx', ...client, ...serverWithoutActions],
      world: { chatkitServer: { url: '/chatkit', script: supportServer({ actions: false }), streamChunkDelayMs: 30 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { send: 'Where is order 1042?' }, expect: [{ see: shipped }, { event: 'chatkit.response.end', exactly: 1 }] },
        {
          do: { click: 'Deliver on Saturday' },
          expect: [
            { see: genericError },
            { console: 'error', text: 'NotImplementedError: The action() method must be overridden to react to actions.' },
            { request: chatkit, status: 200, exactly: 3 },
            { event: 'chatkit.response.end', exactly: 2 },
          ],
        },
        {
          do: { click: 'Notify me' },
          expect: [
            { request: chatkit, status: 500, exactly: 1 },
            { console: 'error', text: 'NotImplementedError: The sync_action() method must be overridden to react to sync actions.' },
          ],
        },
      ],
      settled: [{ notSee: 'Arriving on Saturday' }, { notSee: 'Notifications on' }, { event: 'chatkit.response.end', exactly: 2 }],
    },
    'broken-no-thread': {
      kind: 'broken',
      label: 'Broken: action before the first message',
      summary:
        'The page’s own button calls sendCustomAction. Before the first message there is no thread, so the call rejects and nothing is sent; after a message, the same button works.',
      files: ['broken-no-thread.tsx', ...client, ...server],
      world: { chatkitServer: { url: '/chatkit', script: supportServer({ actions: true }), streamChunkDelayMs: 30 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { click: 'Ask about order 1042' },
          expect: [{ console: 'error', text: 'ChatKit: sendAction() ignored - no active thread.' }, { request: chatkit, exactly: 1 }],
        },
        { do: { send: 'Where is order 1042?' }, expect: [{ see: shipped }, { event: 'chatkit.response.end', exactly: 1 }] },
        { do: { click: 'Ask about order 1042' }, expect: [{ see: 'Here is order 1042.' }, { event: 'chatkit.response.end', exactly: 2 }] },
      ],
      settled: [{ request: chatkit, exactly: 3 }, { event: 'chatkit.response.start', exactly: 2 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'widgets.onAction tracks the parcel on the page; action() moves the delivery and says so; sync_action() turns on notifications while an answer is still streaming; the page’s button starts the thread with a message when there is none.',
      files: ['fixed.tsx', ...client, ...server],
      world: { chatkitServer: { url: '/chatkit', script: supportServer({ actions: true }), streamChunkDelayMs: 60 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        { do: { click: 'Ask about order 1042' }, expect: [{ see: shipped }, { see: 'Shipped' }, { event: 'chatkit.response.end', exactly: 1 }] },
        { do: { click: 'Track parcel' }, expect: [{ request: trackingRequest, status: 200, exactly: 1 }, { see: trackingShown }] },
        {
          do: { click: 'Deliver on Saturday' },
          expect: [{ see: 'Arriving on Saturday' }, { see: 'Done: order 1042 will now arrive on Saturday.' }, { event: 'chatkit.response.end', exactly: 2 }],
        },
        { do: { send: 'What happens if nobody is home?' }, expect: [{ see: 'If nobody is home' }] },
        { do: { click: 'Notify me' }, expect: [{ see: 'Notifications on' }, { event: 'chatkit.response.end', exactly: 2 }] },
        { expect: [{ see: 'You can also move the delivery to a Saturday from the order card.' }, { event: 'chatkit.response.end', exactly: 3 }] },
        { do: { click: 'Ask about order 1042' }, expect: [{ see: 'Here is order 1042.' }, { event: 'chatkit.response.end', exactly: 4 }] },
      ],
      settled: [{ request: chatkit, status: 500, exactly: 0 }, { noEvent: 'chatkit.error' }],
    },
  },
});
