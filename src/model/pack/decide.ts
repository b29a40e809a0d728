import type { Issue } from '../activity/issues.ts';
import type { Manifest } from './manifest.ts';
import { compareVersions } from './version.ts';

/** A pack kept on this device, as the version rules need it. */
export interface KeptPack {
  id: string;
  version: string;
  title: Manifest['title'];
  activityIds: readonly string[];
}

export type Decision =
  /** Not here yet: kept whole. */
  | { kind: 'new'; skipped: string[] }
  /** A newer version of a kept pack: it replaces that one whole. */
  | { kind: 'update'; from: string; skipped: string[] }
  /** The same version is here already: nothing to do. */
  | { kind: 'same' }
  | { kind: 'refused'; errors: Issue[] };

export interface DeviceIds {
  /** The packs kept on this device. */
  packs: readonly KeptPack[];
  /** Activities the teacher opened from loose files and kept (not from a pack). */
  ownIds: ReadonlySet<string>;
  /** The player's own library: a pack's copy of one of them is left out (the library's plays). */
  libraryIds: ReadonlySet<string>;
}

/**
 * What to do with a pack that passed every check, given what the device keeps: the same pack id
 * with a newer version is an update, the same version nothing to do, an older one refused (a
 * tablet never goes back without the teacher removing the newer one first); an activity id that
 * another pack, or a loose file the teacher kept, already has is refused with a sentence naming it
 * (two activities under one id would mix their children's evidence).
 */
export function decideInstall(manifest: Manifest, activityIds: readonly string[], device: DeviceIds, name = 'pack'): Decision {
  const error = (key: string, params: Issue['params']): Issue => ({ severity: 'error', file: name, line: 1, column: 1, path: '', key: `pack.${key}`, params });
  const kept = device.packs.find((p) => p.id === manifest.id);
  if (kept) {
    const c = compareVersions(manifest.version, kept.version);
    if (c === 0) return { kind: 'same' };
    if (c < 0) return { kind: 'refused', errors: [error('older', { id: manifest.id, version: manifest.version, kept: kept.version })] };
  }
  const errors: Issue[] = [];
  const skipped: string[] = [];
  for (const id of activityIds) {
    if (device.libraryIds.has(id)) {
      skipped.push(id);
      continue;
    }
    const other = device.packs.find((p) => p.id !== manifest.id && p.activityIds.includes(id));
    if (other) errors.push(error('foreignId', { id, pack: other.id, version: other.version, titleVi: other.title.vi, titleEn: other.title.en }));
    else if (device.ownIds.has(id)) errors.push(error('ownId', { id }));
  }
  if (errors.length) return { kind: 'refused', errors };
  return kept ? { kind: 'update', from: kept.version, skipped } : { kind: 'new', skipped };
}
