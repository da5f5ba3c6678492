import type { SettledClaim } from '../../src/examples/claims';
import { defineScenario, type Step } from '../../src/examples/scenario';
import type { ChatKitScript } from '../../src/mock-openai';
import * as passThrough from './server';
import * as readsWholeBody from './server.buffered';
import * as logsAsItStreams from './server.logged';
import * as waitsForItsLog from './server.logged-buffered';

const question = 'How long do refunds take?';
const answer =
  'Refunds go back to the card you paid with. Once your parcel reaches our warehouse, we check it within two business days and send the refund the same day. Your bank then needs 5 to 10 business days to show it on your statement.';
const answerEnd = 'Your bank then needs 5 to 10 business days to show it on your statement.';

/**
 * What the ChatKit server's agent answers, without a model: replies long enough to stream as many
 * text deltas (the simulated server sends three words per delta, streamChunkDelayMs apart).
 */
const supportAgent: ChatKitScript = {
  respond(turn) {
    const asked = turn.kind === 'user_message' ? turn.text.toLowerCase() : '';
    if (asked.includes('refund')) return [{ type: 'text', text: answer }];
    return [
      {
        type: 'text',
        text: 'I only know about refunds here. Ask me how long a refund takes, and watch how the answer arrives: in one piece in the broken tabs, a few words at a time in the fixed ones.',
      },
    ];
  },
};

const route = 'POST /api/chatkit';
/** Your ChatKit server, which only your route calls (server to server, so no CORS). */
const chatkitServerUrl = 'https://chatkit.example.com/chatkit';
const upstream = `POST ${chatkitServerUrl}`;

/**
 * Every tab asks the same question and shows the whole answer; what differs is how it got there: in
 * one screen update (buffered) or in many (streamed).
 */
function asks(growth: { exactly: 1 } | { atLeast: number }): Step[] {
  return [
    { expect: [{ event: 'chatkit.ready' }] },
    {
      do: { send: question },
      expect: [
        { event: 'chatkit.response.end', exactly: 1 },
        { see: answerEnd },
        { measure: 'replyTextSteps', ...growth },
        { request: route, status: 200 },
        { request: upstream, status: 200 },
      ],
    },
  ];
}

/** Nothing fails in any tab, and one message gets one response. */
const settled: SettledClaim[] = [{ noEvent: 'chatkit.error' }, { event: 'chatkit.response.end', exactly: 1 }];

export default defineScenario({
  world: {
    mode: 'custom-server',
    chatkitServer: { url: chatkitServerUrl, script: supportAgent, streamChunkDelayMs: 50 },
    routes: { [route]: passThrough.POST },
    env: { CHATKIT_SERVER_URL: chatkitServerUrl },
    privateOrigins: [new URL(chatkitServerUrl).origin],
  },
  variants: {
    broken: {
      kind: 'broken',
      label: 'Broken: reads the whole body',
      summary:
        'The route awaits upstream.text() before it answers, so the widget waits for the whole reply, then shows it in one go. Watch the reply: nothing, then all of it.',
      files: ['chat.tsx', 'server.buffered.ts'],
      world: { routes: { [route]: readsWholeBody.POST } },
      steps: asks({ exactly: 1 }),
      settled,
    },
    'broken-logging': {
      kind: 'broken',
      label: 'Broken: a logging transform',
      summary:
        'The route answers at once with the right headers, but its logging TransformStream enqueues the answer only in flush(), once the stream has ended. The reply again arrives all at once.',
      files: ['chat.tsx', 'server.logged-buffered.ts'],
      world: { routes: { [route]: waitsForItsLog.POST } },
      steps: asks({ exactly: 1 }),
      settled,
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: passes the stream on',
      summary:
        'The route returns upstream.body as its own body, keeps the server’s text/event-stream type and adds Cache-Control: no-cache, no-transform and X-Accel-Buffering: no. The reply grows a few words at a time as the server sends it.',
      files: ['chat.tsx', 'server.ts'],
      steps: asks({ atLeast: 5 }),
      settled,
    },
    'fixed-logging': {
      kind: 'fixed',
      label: 'Fixed: logs as it streams',
      summary:
        'The same log, with transform() passing each chunk on as it arrives and flush() only writing the log line. The reply streams as in the tab before.',
      files: ['chat.tsx', 'server.logged.ts'],
      world: { routes: { [route]: logsAsItStreams.POST } },
      steps: asks({ atLeast: 5 }),
      settled,
    },
  },
});
