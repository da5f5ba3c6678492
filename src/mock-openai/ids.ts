/** Random lowercase hex, from the web-standard crypto available in browsers and Node. */
export function randomHex(byteCount: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An id such as `cthr_3f9a…`. The prefixes follow what each real server emits. */
export function newId(prefix: string, byteCount = 12): string {
  return `${prefix}_${randomHex(byteCount)}`;
}

/** How a ChatKit backend names what it stores. */
export interface IdScheme {
  thread(): string;
  item(): string;
  /** A client tool call's item id, and its `call_id`. */
  toolCall(): string;
  attachment(): string;
}

/** OpenAI's hosted backend: `cthr_…`, `cti_…` [I] starter-app#4; `cfile_…` and tool calls as items [G]. */
export const hostedIds: IdScheme = {
  thread: () => newId('cthr'),
  item: () => newId('cti'),
  toolCall: () => newId('cti'),
  attachment: () => newId('cfile'),
};

/**
 * chatkit-python's default store: `thr_`, `msg_` (messages and widgets), `tc_`, `atc_` and 8 hex
 * characters [D] `chatkit/store.py`.
 */
export const chatKitPythonIds: IdScheme = {
  thread: () => newId('thr', 4),
  item: () => newId('msg', 4),
  toolCall: () => newId('tc', 4),
  attachment: () => newId('atc', 4),
};
