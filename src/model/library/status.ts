import type { LibraryEntry } from './library-index.ts';

/** A semantic-version comparison (the pack format's): negative when a is older than b. */
export type CompareVersions = (a: string, b: string) => number;

/**
 * A library pack beside what this device has: not here, the same version, an older one here
 * (offered as an update), or a newer one here (nothing to do; the library is behind).
 */
export type PackStatus = 'absent' | 'same' | 'update' | 'newer-here';

export function statusOnDevice(entry: LibraryEntry, installed: ReadonlyMap<string, string>, compare: CompareVersions): PackStatus {
  const here = installed.get(entry.manifest.id);
  if (here === undefined) return 'absent';
  const c = compare(entry.manifest.version, here);
  return c === 0 ? 'same' : c > 0 ? 'update' : 'newer-here';
}

/** One entry per pack id, its newest version (a folder may still hold an older file of the same pack). */
export function newestPerPack(entries: readonly LibraryEntry[], compare: CompareVersions): LibraryEntry[] {
  const best = new Map<string, LibraryEntry>();
  for (const e of entries) {
    const seen = best.get(e.manifest.id);
    if (!seen || compare(e.manifest.version, seen.manifest.version) > 0) best.set(e.manifest.id, e);
  }
  return [...best.values()];
}
