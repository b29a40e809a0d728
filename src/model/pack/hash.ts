import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** The part of WebCrypto used here (src/model is type-checked without the DOM's types). */
interface Subtle {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

/**
 * SHA-256 of a file's bytes, lower-case hex, with WebCrypto (`crypto.subtle`: the browser's, and
 * Node's global since Node 20), which is native and fast on a 50 MB video. A browser offers
 * WebCrypto only in a secure context (https, localhost); a player served over plain http from a
 * laptop on the school's Wi-Fi has none, and hashes with @noble/hashes instead (the same digest,
 * a few times slower).
 */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: Subtle } }).crypto?.subtle;
  if (!subtle) return bytesToHex(sha256(bytes));
  const digest = await subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
