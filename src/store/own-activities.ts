import { del, set, values } from 'idb-keyval';
import { indexedDbAvailable, store } from './idb.ts';

/** The key prefix of a kept pack's record in the same store. */
export const PACK_KEY = 'pack:';

/**
 * Activities a teacher opened in the player and kept on this device: the JSON as written and
 * the pictures and sounds opened with it, so that it validates and plays again after a reload,
 * offline. Nothing of it leaves the device.
 */
export interface OwnActivity {
  id: string;
  /** The JSON file's name, as messages show it. */
  file: string;
  text: string;
  media: { path: string; blob: Blob }[];
  savedAt: number;
  /** The pack it came with (src/store/packs.ts keeps the pack's own record beside it). */
  pack?: { id: string; version: string };
}

export async function listOwnActivities(): Promise<OwnActivity[]> {
  if (!indexedDbAvailable()) return [];
  try {
    // Packs' records (src/store/packs.ts) share the store, under "pack:" keys.
    return (await values<OwnActivity>(store('ownActivities'))).filter((a) => !a.id.startsWith(PACK_KEY)).sort((a, b) => a.savedAt - b.savedAt);
  } catch {
    return [];
  }
}

export async function keepOwnActivity(a: OwnActivity): Promise<void> {
  await set(a.id, a, store('ownActivities'));
}

export async function removeOwnActivity(id: string): Promise<void> {
  await del(id, store('ownActivities'));
}
