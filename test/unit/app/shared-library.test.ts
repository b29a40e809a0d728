import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadError, fetchPack } from '../../../src/app/library/download.ts';
import { SharedLibrary } from '../../../src/app/library/shared-library.ts';
import type { PackPort } from '../../../src/contracts/shared-library.ts';
import { compareVersions } from '../../../src/model/pack/index.ts';
import { forgetOpenStores } from '../../../src/store/idb.ts';
import { entry } from '../model/library/fixtures.ts';

/** A response streamed in chunks, as a server sends a pack. */
function streamed(bytes: Uint8Array, chunk: number, headers: Record<string, string> = { 'Content-Length': String(bytes.length) }): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(bytes.slice(at, (at += chunk)));
    },
  });
  return new Response(body, { headers });
}

const bytes = new Uint8Array(10_000).map((_, i) => (i * 7) % 256);
const expected = { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };

afterEach(() => vi.unstubAllGlobals());

describe('fetching a pack', () => {
  it('reports progress chunk by chunk and gives the bytes when size and SHA-256 match', async () => {
    vi.stubGlobal('fetch', async () => streamed(bytes, 3000));
    const seen: [number, number][] = [];
    const got = await fetchPack('https://kho.example/a.lopvui', expected, (loaded, total) => seen.push([loaded, total]));
    expect(got).toEqual(bytes);
    expect(seen).toEqual([[0, 10_000], [3000, 10_000], [6000, 10_000], [9000, 10_000], [10_000, 10_000]]);
  });

  it('takes the size from library.json when the server sends no Content-Length', async () => {
    vi.stubGlobal('fetch', async () => streamed(bytes, 5000, {}));
    const totals = new Set<number>();
    await fetchPack('https://kho.example/a.lopvui', expected, (_, total) => totals.add(total));
    expect([...totals]).toEqual([10_000]);
  });

  it('refuses a pack whose bytes differ (hash), that is longer or shorter (size), or that is not there (status)', async () => {
    const changed = bytes.slice();
    changed[5] = (changed[5] ?? 0) ^ 1;
    const reason = (e: unknown) => (e instanceof DownloadError ? e.reason : String(e));
    vi.stubGlobal('fetch', async () => streamed(changed, 4096));
    expect(await fetchPack('u', expected).catch(reason)).toBe('hash');
    vi.stubGlobal('fetch', async () => streamed(new Uint8Array(20_000), 4096));
    expect(await fetchPack('u', expected).catch(reason)).toBe('size');
    vi.stubGlobal('fetch', async () => streamed(bytes.slice(0, 9000), 4096));
    expect(await fetchPack('u', expected).catch(reason)).toBe('size');
    vi.stubGlobal('fetch', async () => new Response('not found', { status: 404 }));
    expect(await fetchPack('u', expected).catch(reason)).toBe('status');
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await fetchPack('u', expected).catch(reason)).toBe('network');
  });
});

describe('the shared library on a device', () => {
  const port: PackPort = { compare: compareVersions, installed: async () => new Map(), install: async () => ({ ok: true, title: '' }), preview: async () => ({ ok: true }) };
  const folder = 'https://kho.cum3.edu.vn/kho/';
  const libraryJson = JSON.stringify({ format: 1, generated: '2026-11-30T10:00:00.000Z', packs: [entry('a'), entry('b'), entry('b', { version: '1.2.0' }, 'b-1.2.lopvui')] });

  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    forgetOpenStores();
  });

  it('lists library.json (newest version of each pack), then shows the kept copy, marked stale, when offline', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => (asked.push(String(url)), new Response(libraryJson)));
    const lib = new SharedLibrary(port);
    const list = await lib.open(folder);
    expect(asked).toEqual(['https://kho.cum3.edu.vn/kho/library.json']);
    expect(list.kind === 'list' && list.entries.map((e) => `${e.manifest.id} ${e.manifest.version}`)).toEqual(['a 1.0.0', 'b 1.2.0']);
    expect(list.kind === 'list' && list.stale).toBeUndefined();
    expect(lib.packUrl(entry('b', {}, 'b 1.2 (mới).lopvui'))).toBe('https://kho.cum3.edu.vn/kho/b%201.2%20(m%E1%BB%9Bi).lopvui');

    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    const offline = await new SharedLibrary(port).open(folder);
    expect(offline.kind === 'list' && offline.stale).toBe('network');
    expect(offline.kind === 'list' && offline.entries).toHaveLength(2);
  });

  it('says why when there is no list and no copy', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await new SharedLibrary(port).open(folder)).toEqual({ kind: 'failed', folder, problem: 'network' });
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    expect(await new SharedLibrary(port).open(folder)).toEqual({ kind: 'failed', folder, problem: 'status' });
    vi.stubGlobal('fetch', async () => new Response('<!doctype html>'));
    expect(await new SharedLibrary(port).open(folder)).toEqual({ kind: 'failed', folder, problem: 'json' });
  });
});
