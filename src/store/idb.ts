import { createStore, type UseStore } from 'idb-keyval';

/**
 * The player's IndexedDB stores (idb-keyval: one database per store). Created lazily, and only
 * where IndexedDB exists: without it the player keeps evidence in memory and says so.
 */
export const DB = {
  statements: ['lopvui-evidence', 'statements'],
  learners: ['lopvui-learners', 'learners'],
  rollups: ['lopvui-rollups', 'cells'],
  teacher: ['lopvui-teacher', 'kv'],
  ownActivities: ['lopvui-own-activities', 'files'],
  outbox: ['lopvui-outbox', 'queue'],
  setAside: ['lopvui-outbox-rejected', 'statements'],
  sharedLibrary: ['lopvui-shared-library', 'lists'],
} as const;

export type StoreName = keyof typeof DB;

export function indexedDbAvailable(): boolean {
  try {
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}

const opened = new Map<StoreName, UseStore>();
export function store(name: StoreName): UseStore {
  let s = opened.get(name);
  if (!s) {
    const [db, objectStore] = DB[name];
    s = createStore(db, objectStore);
    opened.set(name, s);
  }
  return s;
}

/** How many records a store holds, without reading them. */
export function count(name: StoreName): Promise<number> {
  return store(name)('readonly', (s) => new Promise<number>((resolve, reject) => {
    const req = s.count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }));
}

/** Forget opened stores, so the next use opens them anew (tests that swap the IndexedDB factory). */
export function forgetOpenStores(): void {
  opened.clear();
}
