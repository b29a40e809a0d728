import { get, set } from 'idb-keyval';
import { indexedDbAvailable, store } from './idb.ts';

/**
 * The shared library's address, and its list as last fetched: the teacher sees the list
 * offline too (marked as old). The address is a small preference (localStorage, read at once);
 * the list may be large (hundreds of manifests), so it lives in IndexedDB, one per folder.
 */
const ADDRESS = 'lopvui.library.address';

export function loadLibraryAddress(): string {
  try {
    return localStorage.getItem(ADDRESS) ?? '';
  } catch {
    return '';
  }
}

export function saveLibraryAddress(folder: string): void {
  try {
    localStorage.setItem(ADDRESS, folder);
  } catch {
    // storage off: the address lasts until reload
  }
}

export interface CachedLibrary {
  /** library.json as fetched (read again with readLibrary: one parser for both). */
  text: string;
  fetchedAt: number;
}

export async function loadCachedLibrary(folder: string): Promise<CachedLibrary | undefined> {
  if (!indexedDbAvailable()) return undefined;
  try {
    return await get<CachedLibrary>(folder, store('sharedLibrary'));
  } catch {
    return undefined;
  }
}

export async function saveCachedLibrary(folder: string, cached: CachedLibrary): Promise<void> {
  if (!indexedDbAvailable()) return;
  await set(folder, cached, store('sharedLibrary')).catch(() => undefined);
}
