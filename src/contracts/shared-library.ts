import type { LibraryFilter } from '../model/library/browse.ts';
import type { LibraryEntry } from '../model/library/library-index.ts';
import type { CompareVersions } from '../model/library/status.ts';

/** What the app's pack import offers the library (src/app/packs: installPack, previewPack, the kept packs). */
export interface PackPort {
  compare: CompareVersions;
  /** The packs this device keeps: id → version. */
  installed(): Promise<ReadonlyMap<string, string>>;
  /** Keep a pack (whole or not at all); the message says why not, in the teacher's language (`name`: the pack's file, as messages name it). */
  install(bytes: Uint8Array, name: string): Promise<{ ok: true; title: string } | { ok: false; message: string }>;
  /** Play a pack's first activity (or lesson) without keeping anything. */
  preview(bytes: Uint8Array, name: string): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** Why the list could not be fetched (library.listErrors.<problem>). */
export type ListProblem = 'network' | 'status' | 'json' | 'format';

/** Why a typed address is refused (library.addressErrors.<problem>). */
export type LibraryAddressProblem = 'invalid' | 'scheme' | 'insecure' | 'credentials';

export type LibraryList =
  | { kind: 'none' }
  | {
      kind: 'list';
      folder: string;
      entries: LibraryEntry[];
      /** Entries of library.json that could not be read. */
      skipped: number;
      fetchedAt: number;
      /** Shown from this device's copy, because the folder could not be reached now. */
      stale?: ListProblem;
    }
  | { kind: 'failed'; folder: string; problem: ListProblem };

/** The shared library as the teacher's area uses it (src/app/library/shared-library.ts). */
export interface SharedLibraryAccess {
  readonly folder: string;
  readonly list: LibraryList;
  filter: LibraryFilter;
  readonly packs: PackPort;
  /** The folder's address from what the teacher typed, or why it cannot be used. */
  folderOf(typed: string): { ok: true; folder: string } | { ok: false; problem: LibraryAddressProblem };
  open(folder?: string): Promise<LibraryList>;
  /** A pack fetched whole and checked against library.json (throws an error with a `reason`). */
  fetch(entry: LibraryEntry, onProgress?: (loaded: number, total: number) => void): Promise<Uint8Array>;
}
