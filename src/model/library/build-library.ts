import type { Library, LibraryEntry, PackSummary } from './library-index.ts';
import { PACK_FILE } from './library-index.ts';
import type { CompareVersions } from './status.ts';
import { newestPerPack } from './status.ts';

/** A pack file of the folder. */
export interface FolderPack {
  name: string;
  bytes: Uint8Array;
}

/** The pack format's reader, reduced to what the library needs: the checked manifest, or why the pack is refused. */
export type ReadManifest = (bytes: Uint8Array, name: string) => Promise<{ ok: true; manifest: PackSummary } | { ok: false; reasons: string[] }>;

export interface BuiltLibrary {
  library: Library;
  /** Packs refused, each with its reasons (the CLI prints `file: reason` and exits 1). */
  bad: { file: string; reasons: string[] }[];
  /** Older files of a pack the folder also holds newer: left out of the index, not an error. */
  superseded: { file: string; by: string }[];
}

/**
 * The index of a folder of packs: each pack read and checked by the pack format's own reader (a
 * pack that would be refused on import is not listed), hashed whole, newest version per pack id,
 * in file-name order so that the same folder gives the same file.
 */
export async function buildLibrary(
  files: readonly FolderPack[],
  deps: { read: ReadManifest; sha256: (bytes: Uint8Array) => Promise<string>; compare: CompareVersions; now: Date },
): Promise<BuiltLibrary> {
  const bad: BuiltLibrary['bad'] = [];
  const entries: LibraryEntry[] = [];
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!PACK_FILE.test(f.name)) continue;
    const read = await deps.read(f.bytes, f.name);
    if (!read.ok) {
      bad.push({ file: f.name, reasons: read.reasons });
      continue;
    }
    entries.push({ file: f.name, size: f.bytes.byteLength, sha256: await deps.sha256(f.bytes), manifest: read.manifest });
  }
  const kept = new Set(newestPerPack(entries, deps.compare));
  const superseded = entries.filter((e) => !kept.has(e)).map((e) => ({ file: e.file, by: entries.find((k) => kept.has(k) && k.manifest.id === e.manifest.id)?.file ?? '' }));
  return { library: { format: 1, generated: deps.now.toISOString(), packs: entries.filter((e) => kept.has(e)) }, bad, superseded };
}
