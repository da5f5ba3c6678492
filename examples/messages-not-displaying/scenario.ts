import { defineScenario, type Step } from '../../src/examples/scenario';
import type { ChatKitServerConfig } from '../../src/mock-openai';

/** What the support server answers, without a model. */
function answer(question: string): string {
  const text = question.toLowerCase();
  if (text.includes('refund')) return 'Refunds reach your card within 5 to 10 business days.';
  if (text.includes('address')) return 'You can change the delivery address until the order ships.';
  return 'I can help with refunds and deliveries.';
}

const chatkitServer: ChatKitServerConfig = { url: '/chatkit', reply: answer, streamChunkDelayMs: 30 };

const refunds = 'How long do refunds take?';
const refundAnswer = answer(refunds);
const address = 'Can I change my delivery address?';
const addressAnswer = answer(address);

/** The widget loads without an error: nothing is wrong but its box. */
const loadsQuietly: Step = { expect: [{ event: 'chatkit.ready' }] };

export default defineScenario({
  world: { mode: 'custom-server', chatkitServer },
  variants: {
    'broken-percent-height': {
      kind: 'broken',
      label: 'Broken: 100% of an unsized parent',
      summary:
        'The chat is display: block with height: 100%, inside a div whose height comes from its content. A percentage of an unsized parent counts as auto, and the widget’s content does not size it: it loads and fires chatkit.ready without an error, in a box that is wide but 0 px tall.',
      files: ['percent-height.tsx', 'use-support-chat.ts'],
      steps: [loadsQuietly, { expect: [{ measure: 'chatkitHeight', exactly: 0 }, { measure: 'chatkitWidth', atLeast: 200 }] }],
      settled: [{ noEvent: 'chatkit.error' }],
    },
    'broken-tailwind-classes': {
      kind: 'broken',
      label: 'Broken: Tailwind classes, no Tailwind',
      summary:
        'className="h-[600px] w-[320px]", as in the ChatKit README, in an app without Tailwind: no stylesheet defines those classes, so the element is as unstyled as one with no className, an inline box 0 px wide and 0 px tall. It loads without an error all the same.',
      files: ['tailwind-classes.tsx', 'use-support-chat.ts'],
      steps: [loadsQuietly, { expect: [{ measure: 'chatkitWidth', exactly: 0 }, { measure: 'chatkitHeight', exactly: 0 }] }],
      settled: [{ noEvent: 'chatkit.error' }],
    },
    'broken-flex-no-min-height': {
      kind: 'broken',
      label: 'Broken: flex item without min-height: 0',
      summary:
        'A 520 px support panel: a heading, then a flex: 1 row with a list of 20 tickets beside the chat. Without min-height: 0 the row is at least as tall as the list, so the chat is stretched to over 800 px in a 560 px frame; once the composer is scrolled into view to type, the message just sent is off-screen above it.',
      files: ['flex-no-min-height.tsx', 'recent-tickets.tsx', 'use-support-chat.ts'],
      steps: [
        loadsQuietly,
        { expect: [{ measure: 'chatkitHeight', atLeast: 800 }] },
        { do: { send: refunds }, expect: [{ event: 'chatkit.response.end', exactly: 1 }, { measure: 'lastMessageInView', exactly: 0 }] },
      ],
      // Checked again once the reply has long been on the page, so the figure is not one from before it.
      settled: [{ noEvent: 'chatkit.error' }, { measure: 'lastMessageInView', exactly: 0 }],
    },
    'fixed-height': {
      kind: 'fixed',
      label: 'Fixed: an explicit height',
      summary: 'display: block and height: 500 on the element itself: the chat is 500 px tall whatever its parent is, fits the 560 px frame, and the answer shows in its message area, on screen.',
      files: ['fixed-height.tsx', 'use-support-chat.ts'],
      steps: [
        loadsQuietly,
        { expect: [{ measure: 'chatkitHeight', exactly: 500 }] },
        { do: { send: refunds }, expect: [{ see: refundAnswer }, { measure: 'lastMessageInView', exactly: 1 }] },
      ],
      // Its messages do not make it taller.
      settled: [{ measure: 'lastMessageInView', exactly: 1 }, { measure: 'chatkitHeight', exactly: 500 }],
    },
    'fixed-flex-min-height': {
      kind: 'fixed',
      label: 'Fixed: min-height: 0 on the flex item',
      summary:
        'The same panel with minHeight: 0 on the row: the row may now be shorter than the ticket list, so it takes the height the heading leaves, and the chat, which fills the row, fits the frame: after each message the latest one is on screen.',
      files: ['flex-min-height.tsx', 'recent-tickets.tsx', 'use-support-chat.ts'],
      steps: [
        loadsQuietly,
        { expect: [{ measure: 'chatkitHeight', atLeast: 450, atMost: 520 }] },
        { do: { send: refunds }, expect: [{ see: refundAnswer }, { measure: 'lastMessageInView', exactly: 1 }] },
        { do: { send: address }, expect: [{ see: addressAnswer }, { measure: 'lastMessageInView', exactly: 1 }] },
      ],
      settled: [{ measure: 'lastMessageInView', exactly: 1 }],
    },
  },
});
