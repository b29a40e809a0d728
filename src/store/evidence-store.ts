import { createStore, set, values, type UseStore } from 'idb-keyval';
import type { Statement } from '../model/evidence/xapi.ts';

/** The IndexedDB database and object store of evidence: one xAPI statement per key (its id). */
export const EVIDENCE_DB = 'lopvui-evidence';
export const EVIDENCE_STORE = 'statements';

let store: UseStore | undefined;
const evidence = () => (store ??= createStore(EVIDENCE_DB, EVIDENCE_STORE));

export const saveStatement = (s: Statement) => set(s.id, s, evidence());
export const allStatements = () => values<Statement>(evidence());

/**
 * Records statements the moment they happen. A write that fails (storage full, IndexedDB
 * missing) keeps the statement in memory and is retried with the next record and on a timer,
 * so the child plays on and nothing already answered is dropped while the page lives.
 */
export class EvidenceRecorder {
  private readonly waiting = new Map<string, Statement>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly save: (s: Statement) => Promise<void> = saveStatement) {}

  record(s: Statement): Promise<void> {
    this.waiting.set(s.id, s);
    return this.flush();
  }

  /** Statements not yet stored. */
  get pending(): number {
    return this.waiting.size;
  }

  async flush(): Promise<void> {
    for (const [id, s] of [...this.waiting]) {
      try {
        await this.save(s);
        this.waiting.delete(id);
      } catch {
        this.retryLater();
        return;
      }
    }
  }

  private retryLater(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, 5000);
  }
}
