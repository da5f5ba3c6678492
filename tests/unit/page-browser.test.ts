import { afterEach, expect, it, vi } from 'vitest';
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
