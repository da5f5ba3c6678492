/**
 * Logs with console.debug, only while `localStorage['chatkit:debug']` is "1": turn it on in the
 * browser console with `localStorage.setItem('chatkit:debug', '1')`, so it can stay in production code.
 */
export function debug(...args: unknown[]): void {
  if (typeof localStorage !== 'undefined' && localStorage.getItem('chatkit:debug') === '1') {
    console.debug('[chatkit]', ...args);
  }
}
