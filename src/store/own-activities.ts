import { del, set, values } from 'idb-keyval';
import { indexedDbAvailable, store } from './idb.ts';

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
}

export async function listOwnActivities(): Promise<OwnActivity[]> {
  if (!indexedDbAvailable()) return [];
  try {
    return (await values<OwnActivity>(store('ownActivities'))).sort((a, b) => a.savedAt - b.savedAt);
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
