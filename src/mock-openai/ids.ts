/** Random lowercase hex, from the web-standard crypto available in browsers and Node. */
export function randomHex(byteCount: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** An id such as `cthr_3f9a…`. The prefixes follow what each real server emits. */
export function newId(prefix: string, byteCount = 12): string {
  return `${prefix}_${randomHex(byteCount)}`;
}
