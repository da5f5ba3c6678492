import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { playEmbedderPolicy, SENTINEL_BLOCKED_TEXT, SENTINEL_FRAME_URL, type EmbedderPolicy } from '../../../src/chatkit-sim/index';
import { eventNames, mountChatKit, recordEvents, silenceConsoleErrors, useMswServer, verifyDomainKey, visibleText } from './helpers';

const server = useMswServer();
const CHATKIT_URL = 'https://support.example.test/chatkit';
const options = { api: { url: CHATKIT_URL, domainKey: 'domain_pk_localhost_dev' }, startScreen: { greeting: 'Hello there' } };

/** A reader's ChatKit server that lists no threads; counts what it is asked. */
function emptyServer(): { requests: number } {
  const seen = { requests: 0 };
  server.use(
    verifyDomainKey(),
    http.post(CHATKIT_URL, () => {
      seen.requests += 1;
      return HttpResponse.json({ data: [], has_more: false });
    }),
  );
  return seen;
}

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).reverse().forEach((step) => step()));

describe('the page’s Cross-Origin-Embedder-Policy', () => {
  it.each<EmbedderPolicy>(['require-corp', 'credentialless'])('%s: the sentinel frame is blocked and the widget stays loading, asking nothing', async (policy) => {
    const errors = silenceConsoleErrors();
    const blocked: string[] = [];
    undo.push(playEmbedderPolicy(policy, (url) => blocked.push(url)));
    const seen = emptyServer();

    const element = mountChatKit(options);
    const events = recordEvents(element);
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(`Blocked ${SENTINEL_FRAME_URL}: ${SENTINEL_BLOCKED_TEXT}`));
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(blocked).toEqual([SENTINEL_FRAME_URL]);
    expect(seen.requests).toBe(0);
    expect(eventNames(events)).toEqual([]);
    expect(visibleText(element)).toContain('Loading…');
    expect(visibleText(element)).not.toContain('Hello there');
  });

  it('none: the widget loads as usual, and nothing is blocked', async () => {
    const errors = silenceConsoleErrors();
    const seen = emptyServer();

    const element = mountChatKit(options);
    const events = recordEvents(element);
    await vi.waitFor(() => expect(eventNames(events)).toContain('chatkit.ready'));

    expect(seen.requests).toBe(1);
    expect(visibleText(element)).toContain('Hello there');
    expect(errors).not.toHaveBeenCalled();
  });
});
