import { afterEach, describe, expect, it } from 'vitest';
import type { FrameMessage, FrameMetrics } from '../../src/frame-protocol';
import { startMetrics } from '../../src/frame/metrics';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stand-in widget whose shadow text a test grows, and the metrics it makes the frame report. */
function measuredWidget() {
  const widget = document.createElement('openai-chatkit');
  const shadow = widget.attachShadow({ mode: 'open' });
  document.body.append(widget);
  const reports: FrameMetrics[] = [];
  const stop = startMetrics((message: FrameMessage) => {
    if (message.type === 'metrics') reports.push(message.metrics);
  }, () => 0);
  const emit = (name: string) => widget.dispatchEvent(new CustomEvent(name));
  return {
    emit,
    say: (text: string) => shadow.append(text),
    /** Stops measuring, which reports the final figures. */
    finalSteps() {
      stop();
      return reports.at(-1)?.replyTextSteps;
    },
  };
}

afterEach(() => document.body.replaceChildren());

describe('replyTextSteps', () => {
  it('counts one step for a reply that arrives in one piece with the end of the response', async () => {
    const widget = measuredWidget();
    widget.emit('chatkit.response.start');
    await wait(60);
    widget.say('Refunds reach your card within 5 to 10 business days.');
    widget.emit('chatkit.response.end');
    expect(widget.finalSteps()).toBe(1);
  });

  it('counts a step for each piece of a reply that streams, and nothing after the response ended', async () => {
    const widget = measuredWidget();
    widget.emit('chatkit.response.start');
    for (const piece of ['Refunds ', 'reach your card ', 'within 5 to 10 ', 'business days.']) {
      widget.say(piece);
      await wait(50);
    }
    widget.emit('chatkit.response.end');
    widget.say(' Anything else?');
    await wait(50);
    expect(widget.finalSteps()).toBe(4);
  });

  it('starts again from zero with each response', async () => {
    const widget = measuredWidget();
    widget.emit('chatkit.response.start');
    widget.say('One. ');
    await wait(50);
    widget.say('Two. ');
    await wait(50);
    widget.emit('chatkit.response.end');
    widget.emit('chatkit.response.start');
    widget.say('Three.');
    widget.emit('chatkit.response.end');
    expect(widget.finalSteps()).toBe(1);
  });
});
