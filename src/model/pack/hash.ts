/**
 * SHA-256 of a file's bytes, lower-case hex, with WebCrypto (`crypto.subtle`: the browser's, and
 * Node's global since Node 20), which is native and fast on a 50 MB video. WebCrypto needs a secure
 * context in a browser: the player is served over https or from localhost, as its service worker
 * needs anyway.
 */
/** The part of WebCrypto used here (src/model is type-checked without the DOM's types). */
interface Subtle {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto: { subtle: Subtle } }).crypto.subtle;
  const digest = await subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
