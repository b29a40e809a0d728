import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Why a pack did not arrive whole (each has a sentence in the catalogs: library.errors.<reason>). */
export type DownloadProblem = 'network' | 'status' | 'size' | 'hash';

export class DownloadError extends Error {
  constructor(
    readonly reason: DownloadProblem,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

/**
 * Fetch a pack from the library with progress, and check it is the one library.json names: its
 * size and its SHA-256, hashed chunk by chunk as it arrives (no second pass over a large pack;
 * @noble/hashes, as WebCrypto is absent from pages served over plain http on the school network).
 * `total` is the Content-Length, or else the size library.json gives.
 */
export async function fetchPack(url: string, expected: { size: number; sha256: string }, onProgress?: (loaded: number, total: number) => void): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-cache' });
  } catch (e) {
    throw new DownloadError('network', e instanceof Error ? e.message : String(e));
  }
  if (!res.ok || !res.body) throw new DownloadError('status', String(res.status));
  const total = Number(res.headers.get('Content-Length')) || expected.size;
  const hash = sha256.create();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = res.body.getReader();
  onProgress?.(0, total);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      // Never more than the library said: a server sending endless bytes is cut off.
      if (loaded > expected.size) throw new DownloadError('size', `${loaded} > ${expected.size}`);
      hash.update(value);
      chunks.push(value);
      onProgress?.(loaded, total);
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e instanceof DownloadError ? e : new DownloadError('network', e instanceof Error ? e.message : String(e));
  }
  if (loaded !== expected.size) throw new DownloadError('size', `${loaded} ≠ ${expected.size}`);
  if (bytesToHex(hash.digest()) !== expected.sha256) throw new DownloadError('hash');
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
