import type { WidgetRoot } from '../../src/chatkit-protocol';
import { defineScenario } from '../../src/examples/scenario';
import type { ChatKitScript } from '../../src/mock-openai';

/** order_card.widget, built as server.py builds it. */
function orderCard(orderId: string, status: string): WidgetRoot {
  return {
    type: 'Card',
    children: [
      { type: 'Title', value: `Order ${orderId}` },
      { type: 'Text', id: 'status', value: status },
      { type: 'Button', label: 'Track order', onClickAction: { type: 'order.track', payload: { order_id: orderId } } },
    ],
  };
}

/**
 * What server.py's agent does, without a model: the tool it would call for each kind of question,
 * then its answer. The simulated ChatKit server streams these as chatkit-python streams them.
 */
const supportAgent: ChatKitScript = {
  respond(turn) {
    if (turn.kind === 'client_tool_output') {
      const { language } = turn.result as { language: string };
      return [{ type: 'text', text: `You read ${language}, so I will answer in it.` }];
    }
    const question = turn.text.toLowerCase();
    if (question.includes('order')) {
      return [
        { type: 'widget', widget: orderCard('1042', 'Shipped'), copy_text: 'Order 1042: shipped' },
        { type: 'text', text: 'Order 1042 has shipped. Track it from the card.' },
      ];
    }
    if (question.includes('refund')) {
      return [
        { type: 'notice', level: 'warning', title: 'Refunds', message: 'Refunds take 5–10 business days.' },
        { type: 'text', text: 'Refunds are paid back to the original payment method.' },
      ];
    }
    if (question.includes('language')) return [{ type: 'client_tool_call', name: 'get_user_language', arguments: {} }];
    return [{ type: 'text', text: 'I can help with orders and refunds.' }];
  },
  action(action) {
    if (action.type !== 'order.track') return [];
    const orderId = String((action.payload as { order_id: string }).order_id);
    return [
      { type: 'replace_widget', widget: orderCard(orderId, 'Out for delivery') },
      { type: 'text', text: `Order ${orderId} is out for delivery today.` },
    ];
  },
};

const chatkit = 'POST /chatkit';
const server = ['server.py', 'auth.py', 'store.py', 'order_card.widget'] as const;

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: {
      url: '/chatkit',
      script: supportAgent,
      streamChunkDelayMs: 30,
      requireHeader: { name: 'authorization', value: 'Bearer demo-user-token' },
    },
  },
  variants: {
    'broken-no-auth': {
      kind: 'broken',
      label: 'Broken: no auth header',
      summary:
        'The client sets api.url but not api.fetch, so its requests carry no token. The server cannot tell who is asking and answers 401 to each of them.',
      files: ['broken-no-auth.tsx', ...server],
      steps: [{ do: { send: 'Where is order 1042?' }, expect: [{ request: chatkit, status: 401 }, { see: 'Unauthorized' }] }],
      settled: [{ noEvent: 'chatkit.response.end' }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed',
      summary:
        'api.fetch adds the user’s token to every request. The server streams a reply and an order card whose button it answers, warns with a notice, and asks the page for the user’s language through a client tool.',
      files: ['fixed.tsx', 'auth-client.ts', ...server],
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: 'Where is order 1042?' },
          expect: [{ see: 'Order 1042 has shipped.' }, { see: 'Shipped' }, { event: 'chatkit.response.end' }],
        },
        {
          do: { click: 'Track order' },
          expect: [{ see: 'Out for delivery' }, { see: 'Order 1042 is out for delivery today.' }, { event: 'chatkit.response.end', atLeast: 2 }],
        },
        {
          do: { send: 'Can I get a refund?' },
          expect: [{ see: 'Refunds take 5–10 business days.' }, { event: 'chatkit.response.end', atLeast: 3 }],
        },
        { do: { send: 'Which language do I read?' }, expect: [{ see: 'You read en-US, so I will answer in it.' }] },
      ],
      settled: [{ request: chatkit, status: 401, exactly: 0 }],
    },
  },
});
