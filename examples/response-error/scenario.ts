import { defineScenario } from '../../src/examples/scenario';
import type { ChatKitScript, ResponseStep } from '../../src/mock-openai';

/**
 * The model API as both servers meet it: it answers 429 (rate limited) to the first two calls, after
 * the OpenAI SDK's own retries, then answers normally. Each variant gets its own, and a sandbox frame
 * loads this module afresh, so every run starts with the same two failures.
 */
function rateLimitedModel() {
  let refusals = 2;
  return {
    refuses: () => refusals-- > 0,
    /** What server.py's agent answers, following its instructions, without a model. */
    answer(question: string): ResponseStep[] {
      const text = question.toLowerCase().includes('address')
        ? 'You can change the delivery address until the order ships.'
        : 'Refunds reach your card within 5 to 10 business days.';
      return [{ type: 'text', text }];
    },
  };
}

/** server.py: the model's exception leaves respond(), so chatkit-python streams stream.error. */
function uncaughtFailures(): ChatKitScript {
  const model = rateLimitedModel();
  return {
    respond: (turn) => (turn.kind === 'user_message' && !model.refuses() ? model.answer(turn.text) : [{ type: 'fail' }]),
  };
}

const busyMessage = 'The assistant is busy right now. Wait a few seconds, then press Retry.';

/** server_fixed.py: a rate limit becomes CustomStreamError(busyMessage, allow_retry=True). */
function readableFailures(): ChatKitScript {
  const model = rateLimitedModel();
  return {
    respond: (turn) =>
      turn.kind === 'user_message' && !model.refuses()
        ? model.answer(turn.text)
        : [{ type: 'custom_error', message: busyMessage, allow_retry: true }],
  };
}

const genericError = "There was an error while generating the assistant's response.";

export default defineScenario({
  world: { mode: 'custom-server' },
  variants: {
    broken: {
      kind: 'broken',
      label: 'Broken: respond() raises',
      summary:
        'The model API is rate limiting. respond() lets the exception escape, so the widget shows ChatKit’s generic error; Retry reruns respond() while the limit lasts and fails the same way.',
      files: ['chat.tsx', 'server.py'],
      world: { chatkitServer: { url: '/chatkit', script: uncaughtFailures(), streamChunkDelayMs: 30 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: 'How long do refunds take?' },
          expect: [{ see: genericError }, { see: 'Retry' }, { event: 'chatkit.response.end', exactly: 1 }],
        },
        {
          do: { click: 'Retry' },
          expect: [{ event: 'chatkit.response.end', exactly: 2 }, { see: genericError }, { see: 'Retry' }],
        },
      ],
      settled: [{ event: 'chatkit.response.end', exactly: 2 }],
    },
    fixed: {
      kind: 'fixed',
      label: 'Fixed: CustomStreamError',
      summary:
        'The same rate limit, caught in respond(): the server logs it and raises CustomStreamError, so the widget says what is going on. Retry fails while the limit lasts, then gets the answer; the next message is answered at once.',
      files: ['chat.tsx', 'server_fixed.py'],
      world: { chatkitServer: { url: '/chatkit', script: readableFailures(), streamChunkDelayMs: 30 } },
      steps: [
        { expect: [{ event: 'chatkit.ready' }] },
        {
          do: { send: 'How long do refunds take?' },
          expect: [{ see: busyMessage }, { see: 'Retry' }, { event: 'chatkit.response.end', exactly: 1 }],
        },
        { do: { click: 'Retry' }, expect: [{ event: 'chatkit.response.end', exactly: 2 }, { see: busyMessage }] },
        {
          do: { click: 'Retry' },
          expect: [{ see: 'Refunds reach your card within 5 to 10 business days.' }, { event: 'chatkit.response.end', exactly: 3 }],
        },
        {
          do: { send: 'Can I change my delivery address?' },
          expect: [{ see: 'You can change the delivery address until the order ships.' }, { event: 'chatkit.response.end', exactly: 4 }],
        },
      ],
      settled: [{ notSee: busyMessage }],
    },
  },
});
