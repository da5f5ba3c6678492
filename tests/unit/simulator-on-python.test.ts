// The simulated <openai-chatkit> against the real chatkit-python server (python/conformance_server.py
// from .venv), with a real fetch to 127.0.0.1: it gets ready, streams the reply, draws the widget and
// the notice, and the widget's button gets the server's answer. Only OpenAI's domain-key check is mocked, as in every sandbox.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockOpenAI } from '../../src/mock-openai';
import { startPythonServer, type RunningPythonServer } from './conformance/python-server';
import { button, eventNames, mountChatKit, recordEvents, typeAndSend, visibleText } from './chatkit-sim/helpers';

const openai = setupServer(...createMockOpenAI().handlers);
let python: RunningPythonServer;

beforeAll(async () => {
  openai.listen({ onUnhandledFrame: 'bypass' });
  python = await startPythonServer(20_000);
}, 30_000);
afterAll(async () => {
  openai.close();
  await python?.stop();
});

const text = () => visibleText().replace(/\s+/g, ' ');

describe('the simulator on the real chatkit-python server', () => {
  it('gets ready, streams the reply, draws the widget and the notice, and sends the button’s action', async () => {
    const element = mountChatKit({ api: { url: python.url, domainKey: 'domain_pk_localhost_dev' } });
    const events = recordEvents(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'), { timeout: 10_000 });

    typeAndSend(element, 'A widget and a notice, please');
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.response.end'), { timeout: 10_000 });
    expect(text()).toContain('You said: A widget and a notice, please');
    expect(text()).toContain('Weather in Paris');
    expect(text()).toContain('Sunny, 21 °C');
    expect(text()).toContain('This is a **warning** notice.');
    expect(eventNames(events)).not.toContain('chatkit.error');

    button(element, 'Refresh').click();
    await vi.waitFor(() => expect(text()).toContain('Refreshed: sunny, 22 °C'), { timeout: 10_000 });
    // The action's message streams after the replaced widget.
    await vi.waitFor(() => expect(text()).toContain('Ran the weather.refresh action.'), { timeout: 10_000 });
  }, 30_000);
});
