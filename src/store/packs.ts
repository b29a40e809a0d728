import { values } from 'idb-keyval';
import type { Manifest } from '../model/pack/manifest.ts';
import { indexedDbAvailable, store } from './idb.ts';
import { type OwnActivity, PACK_KEY } from './own-activities.ts';

/**
 * Packs kept on this device. A pack's activities and lessons are own activities (the same
 * store, so the menu and the player find them as they find a kept file); beside them, under
 * "pack:<id>", the pack's record: its manifest, which activities and lessons came with it, and
 * its lesson plan and video for the teacher. Everything of one pack is written in ONE IndexedDB
 * transaction, an update removing the old version's files in the same one: a pack lands whole
 * or not at all, even if the tablet is switched off half-way.
 */
export interface KeptPackRecord {
  id: string;
  manifest: Manifest;
  /** The keys of its records in the store (activity ids, "lesson:<id>"). */
  keys: string[];
  /** Its activities' ids (those the player's library has are not kept, so not here). */
  activityIds: string[];
  /** The lesson plan and the video, as files the teacher can open. */
  extras: { path: string; blob: Blob }[];
  /** The pack file's name, as messages show it. */
  file: string;
  savedAt: number;
}

export async function listKeptPacks(): Promise<KeptPackRecord[]> {
  if (!indexedDbAvailable()) return [];
  const all = await values<KeptPackRecord | OwnActivity>(store('ownActivities'));
  return all.filter((r): r is KeptPackRecord => r.id.startsWith(PACK_KEY)).map((r) => ({ ...r, id: r.id.slice(PACK_KEY.length) }));
}

/** Keep a pack whole: remove `replaced` (the older version's keys), put every record and the pack's own, in one transaction. */
export function keepPackWhole(pack: KeptPackRecord, records: OwnActivity[], replaced: readonly string[]): Promise<void> {
  return store('ownActivities')('readwrite', (s) =>
    whole(s.transaction, () => {
      for (const key of replaced) s.delete(key);
      for (const r of records) s.put(r, r.id);
      s.put({ ...pack, id: PACK_KEY + pack.id }, PACK_KEY + pack.id);
    }),
  );
}

/** Remove a pack and everything that came with it, in one transaction. */
export function removePackWhole(pack: KeptPackRecord): Promise<void> {
  return store('ownActivities')('readwrite', (s) =>
    whole(s.transaction, () => {
      for (const key of pack.keys) s.delete(key);
      s.delete(PACK_KEY + pack.id);
    }),
  );
}

/**
 * Run `writes` in `tx` and wait for it to commit. A write that throws (a record the store cannot
 * hold, a full disk) aborts the whole transaction: the writes already queued are undone, never
 * committed half-way.
 */
function whole(tx: IDBTransaction, writes: () => void): Promise<void> {
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('the pack could not be kept'));
  });
  try {
    writes();
  } catch (e) {
    tx.abort();
    committed.catch(() => undefined);
    return Promise.reject(e);
  }
  return committed;
}
