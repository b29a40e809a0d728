import type { LibraryList, ListProblem, PackPort, SharedLibraryAccess } from '../../contracts/shared-library.ts';
import type { LibraryFilter } from '../../model/library/browse.ts';
import type { LibraryEntry } from '../../model/library/library-index.ts';
import { newestPerPack } from '../../model/library/status.ts';
import { loadCachedLibrary, loadLibraryAddress, saveCachedLibrary, saveLibraryAddress } from '../../store/library-cache.ts';
import { libraryFolder } from './address.ts';
import { fetchPack } from './download.ts';

/**
 * The cluster's shared library as this device sees it: the folder's address (remembered), its
 * list (fetched, or this device's last copy when offline), and fetching a pack to preview or to
 * keep. Lives as long as the page, so the filters survive the teacher's area being drawn again.
 */
export class SharedLibrary implements SharedLibraryAccess {
  folder = loadLibraryAddress();
  list: LibraryList = { kind: 'none' };
  filter: LibraryFilter = {};

  constructor(readonly packs: PackPort) {}

  folderOf(typed: string) {
    return libraryFolder(typed, location.origin);
  }

  /** Fetch the folder's library.json (a new address is remembered); unreachable: the copy kept from the last time. */
  async open(folder: string = this.folder): Promise<LibraryList> {
    if (!folder) return (this.list = { kind: 'none' });
    if (folder !== this.folder) {
      this.folder = folder;
      this.filter = {};
      saveLibraryAddress(folder);
    }
    // The reader (and zod, which checks the list) is fetched only when a teacher opens a shared library.
    const { LIBRARY_FILE, readLibrary } = await import('../../model/library/library-index.ts');
    const fetched = await this.fetchList(folder, LIBRARY_FILE);
    if ('text' in fetched) {
      const read = readLibrary(fetched.text);
      if (read.ok) {
        const fetchedAt = Date.now();
        await saveCachedLibrary(folder, { text: fetched.text, fetchedAt });
        return (this.list = { kind: 'list', folder, entries: newestPerPack(read.library.packs, this.packs.compare), skipped: read.skipped, fetchedAt });
      }
      return (this.list = { kind: 'failed', folder, problem: read.problem });
    }
    const cached = await loadCachedLibrary(folder);
    const read = cached && readLibrary(cached.text);
    if (cached && read?.ok) {
      const entries = newestPerPack(read.library.packs, this.packs.compare);
      return (this.list = { kind: 'list', folder, entries, skipped: read.skipped, fetchedAt: cached.fetchedAt, stale: fetched.problem });
    }
    return (this.list = { kind: 'failed', folder, problem: fetched.problem });
  }

  private async fetchList(folder: string, file: string): Promise<{ text: string } | { problem: ListProblem }> {
    try {
      // no-cache: the server is asked each time (a new pack appears at once), its copy reused if unchanged.
      const res = await fetch(new URL(file, folder), { cache: 'no-cache', signal: AbortSignal.timeout(20_000) });
      if (!res.ok) return { problem: 'status' };
      return { text: await res.text() };
    } catch {
      return { problem: 'network' };
    }
  }

  /** The pack's address: its file name inside the folder (library.json names only plain file names). */
  packUrl(entry: LibraryEntry): string {
    return new URL(encodeURIComponent(entry.file), this.folder).href;
  }

  /** Fetch a pack whole and checked against library.json. */
  fetch(entry: LibraryEntry, onProgress?: (loaded: number, total: number) => void): Promise<Uint8Array> {
    return fetchPack(this.packUrl(entry), entry, onProgress);
  }
}
