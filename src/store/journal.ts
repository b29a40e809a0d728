import type { Statement } from '../model/evidence/xapi.ts';

/**
 * A write-ahead journal of statements in localStorage, written synchronously the moment an
 * answer happens: IndexedDB writes are asynchronous, and a tab killed between the answer and
 * the write would lose it. The next start stores what the journal still holds (by id, so
 * nothing is counted twice). One key per statement: writing one never rewrites the others.
 */
export interface Journal {
  /** Whether it was written (false: localStorage is full or blocked too). */
  add(s: Statement): boolean;
  remove(id: string): void;
  /**
   * The statements journaled before `before` (ms): a younger entry may belong to another tab
   * whose write is still in flight, and is left to it.
   */
  all(before?: number): Statement[];
  /** When the youngest entry was journaled (ms), if there is one. */
  youngest(): number | undefined;
}

const PREFIX = 'lopvui.j.';

export function localJournal(storage: Pick<Storage, 'setItem' | 'removeItem' | 'getItem' | 'key' | 'length'> | undefined = globalThis.localStorage): Journal {
  return {
    add(s) {
      try {
        if (!storage) return false;
        storage.setItem(PREFIX + s.id, JSON.stringify({ at: Date.now(), s }));
        return true;
      } catch {
        // localStorage full or blocked: the statement waits in memory only, and the teacher is told (EvidenceRecorder.memoryOnly)
        return false;
      }
    },
    remove(id) {
      try {
        storage?.removeItem(PREFIX + id);
      } catch {
        // nothing to do: the next start finds it stored and drops it
      }
    },
    all(before = Infinity) {
      return entries()
        .filter((e) => e.at < before)
        .map((e) => e.s)
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    },
    youngest() {
      const all = entries();
      return all.length ? Math.max(...all.map((e) => e.at)) : undefined;
    },
  };

  /** Every entry it can read; one it cannot is dropped. */
  function entries(): { at: number; s: Statement }[] {
    if (!storage) return [];
    const out: { at: number; s: Statement }[] = [];
    const broken: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(PREFIX)) continue;
      try {
        out.push(JSON.parse(storage.getItem(key) ?? '') as { at: number; s: Statement });
      } catch {
        broken.push(key);
      }
    }
    for (const key of broken) storage.removeItem(key);
    return out;
  }
}
