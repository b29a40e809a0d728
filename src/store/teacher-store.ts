import { del, entries, get, set } from 'idb-keyval';
import { judgementKey, type Judgement } from '../model/evidence/levels.ts';
import type { PinRecord } from '../model/teacher/pin.ts';
import { indexedDbAvailable, store } from './idb.ts';

const PIN = 'pin';
const J = 'j|';

/** The teacher's own data: the gate's PIN and the levels and comments set for each learner. */
export class TeacherStore {
  readonly judgements = new Map<string, Judgement>();
  private pinRecord: PinRecord | undefined;
  private readonly persistent = indexedDbAvailable();

  async open(): Promise<void> {
    if (!this.persistent) return;
    for (const [k, v] of await entries<string, unknown>(store('teacher'))) {
      if (k === PIN) this.pinRecord = v as PinRecord;
      else if (k.startsWith(J)) this.judgements.set(k.slice(J.length), v as Judgement);
    }
  }

  get pin(): PinRecord | undefined {
    return this.pinRecord;
  }

  async setPin(p: PinRecord): Promise<void> {
    this.pinRecord = p;
    if (this.persistent) await set(PIN, p, store('teacher'));
  }

  async judge(j: Judgement): Promise<void> {
    const key = judgementKey(j.learner, j.code);
    this.judgements.set(key, j);
    if (this.persistent) await set(J + key, j, store('teacher'));
  }

  async clearJudgements(): Promise<void> {
    const keys = [...this.judgements.keys()];
    this.judgements.clear();
    if (this.persistent) for (const k of keys) await del(J + k, store('teacher'));
  }

  async schemaVersion(): Promise<number | undefined> {
    return this.persistent ? get<number>('schema', store('teacher')) : undefined;
  }

  async setSchemaVersion(v: number): Promise<void> {
    if (this.persistent) await set('schema', v, store('teacher'));
  }
}
