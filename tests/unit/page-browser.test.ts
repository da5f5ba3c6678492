import { afterEach, expect, it, vi } from 'vitest';
import { loadSentinelFrame, pageEmbedderPolicy, SENTINEL_FRAME_URL } from '../../src/chatkit-sim/embedder-policy';
import type { FrameMessage } from '../../src/frame-protocol';
import { CHATKIT_SCRIPT_URL, playPageBrowser } from '../../src/frame/page-browser';

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).reverse().forEach((step) => step()));

it('sets localStorage for the variant and takes it back', () => {
  const played = playPageBrowser({ localStorage: { 'chatkit:debug': '1' } }, () => {});
  expect(localStorage.getItem('chatkit:debug')).toBe('1');
  played.undo();
  expect(localStorage.getItem('chatkit:debug')).toBeNull();
});

it('plays an insecure context: no crypto.randomUUID, so calling it throws V8’s TypeError, until undone', () => {
  const played = playPageBrowser({ secureContext: false }, () => {});
  expect(window.isSecureContext).toBe(false);
  expect(() => crypto.randomUUID()).toThrow(new TypeError('crypto.randomUUID is not a function'));
  played.undo();
  expect(crypto.randomUUID()).toMatch(/^[0-9a-f-]{36}$/);
});

it('leaves <openai-chatkit> undefined when the script never loaded; a blocked one logs Chromium’s error and a failed request', () => {
  expect(playPageBrowser({ chatkitScript: 'missing' }, () => {}).defineChatKit).toBe(false);
  expect(playPageBrowser({}, () => {}).defineChatKit).toBe(true);

  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  undo.push(() => errors.mockRestore());
  const sent: FrameMessage[] = [];
  const blocked = playPageBrowser({ chatkitScript: 'blocked-by-client' }, (message) => sent.push(message));
  expect(blocked.defineChatKit).toBe(false);
  expect(errors.mock.calls).toEqual([[`GET ${CHATKIT_SCRIPT_URL} net::ERR_BLOCKED_BY_CLIENT`]]);
  expect(sent).toMatchObject([{ type: 'network', entry: { method: 'GET', url: CHATKIT_SCRIPT_URL, failed: true, status: null } }]);
});

it('plays the page’s COEP header for the widget: a blocked frame is listed as a failed request, until undone', () => {
  const infos = vi.spyOn(console, 'info').mockImplementation(() => {});
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  undo.push(() => infos.mockRestore(), () => errors.mockRestore());
  const sent: FrameMessage[] = [];
  const played = playPageBrowser({ embedderPolicy: 'credentialless' }, (message) => sent.push(message));
  expect(pageEmbedderPolicy()).toBe('credentialless');
  expect(infos.mock.calls).toEqual([['[sandbox] The page is served with Cross-Origin-Embedder-Policy: credentialless.']]);

  expect(loadSentinelFrame()).toBe(false);
  expect(loadSentinelFrame()).toBe(false);
  const entry = { method: 'GET', url: SENTINEL_FRAME_URL, failed: true, status: null };
  expect(sent).toMatchObject([
    { type: 'network', entry: { ...entry, id: 'blocked-by-coep-1' } },
    { type: 'network', entry: { ...entry, id: 'blocked-by-coep-2' } },
  ]);

  played.undo();
  expect(pageEmbedderPolicy()).toBeNull();
  expect(loadSentinelFrame()).toBe(true);
  expect(sent).toHaveLength(2);
});
