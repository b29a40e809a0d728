import { get, set } from 'idb-keyval';
import { indexedDbAvailable, store } from './idb.ts';

/** Who the teacher's exported packs say made them, filled in once and remembered on this device. */
export interface PackAuthor {
  authors: string[];
  license: string;
  school?: string;
  cluster?: string;
}

const KEY = 'packAuthor';

export async function loadPackAuthor(): Promise<PackAuthor | undefined> {
  if (!indexedDbAvailable()) return undefined;
  return get<PackAuthor>(KEY, store('teacher'));
}

export async function savePackAuthor(a: PackAuthor): Promise<void> {
  if (indexedDbAvailable()) await set(KEY, a, store('teacher'));
}
