import { del, entries, get, set } from 'idb-keyval';
import { judgementKey, type Judgement } from '../model/evidence/levels.ts';
import { NO_TRIES, type GateTries } from '../model/teacher/gate-rules.ts';
import type { PinRecord } from '../model/teacher/pin.ts';
import { indexedDbAvailable, store } from './idb.ts';

const PIN = 'pin';
const RECOVERY = 'recovery';
const TRIES = 'tries';
const RESET_AT = 'resetAt';
const J = 'j|';

/**
 * The teacher's own data: the gate (the PIN's hash, the recovery code's hash, the wrong tries
 * and when the PIN was last reset) and the levels and comments set for each learner.
 */
export class TeacherStore {
  readonly judgements = new Map<string, Judgement>();
  private pinRecord: PinRecord | undefined;
  private recoveryRecord: PinRecord | undefined;
  private gateTries: GateTries = NO_TRIES;
  private lastReset: number | undefined;
  private readonly persistent = indexedDbAvailable();

  async open(): Promise<void> {
    if (!this.persistent) return;
    for (const [k, v] of await entries<string, unknown>(store('teacher'))) {
      if (k === PIN) this.pinRecord = v as PinRecord;
      else if (k === RECOVERY) this.recoveryRecord = v as PinRecord;
      else if (k === TRIES) this.gateTries = v as GateTries;
      else if (k === RESET_AT) this.lastReset = v as number;
      else if (k.startsWith(J)) this.judgements.set(k.slice(J.length), v as Judgement);
    }
  }

  get pin(): PinRecord | undefined {
    return this.pinRecord;
  }

  get recovery(): PinRecord | undefined {
    return this.recoveryRecord;
  }

  get tries(): GateTries {
    return this.gateTries;
  }

  /** When the PIN was reset with the recovery code, until the teacher has been told. */
  get resetAt(): number | undefined {
    return this.lastReset;
  }

  async setPin(p: PinRecord, recovery: PinRecord): Promise<void> {
    this.pinRecord = p;
    this.recoveryRecord = recovery;
    await this.put(PIN, p);
    await this.put(RECOVERY, recovery);
  }

  /** A new recovery code for a PIN set before there were any. */
  async setRecovery(recovery: PinRecord): Promise<void> {
    this.recoveryRecord = recovery;
    await this.put(RECOVERY, recovery);
  }

  /** Kept in memory at once; a storage that fails (full) must not keep the teacher out. */
  async setTries(tries: GateTries): Promise<void> {
    this.gateTries = tries;
    await this.put(TRIES, tries).catch((e: unknown) => console.error('gate tries not stored', e));
  }

  async setResetAt(at: number | undefined): Promise<void> {
    this.lastReset = at;
    if (at === undefined) {
      if (this.persistent) await del(RESET_AT, store('teacher'));
    } else await this.put(RESET_AT, at);
  }

  async judge(j: Judgement): Promise<void> {
    const key = judgementKey(j.learner, j.code);
    this.judgements.set(key, j);
    await this.put(J + key, j);
  }

  async unjudge(learner: string, code: string): Promise<void> {
    const key = judgementKey(learner, code);
    this.judgements.delete(key);
    if (this.persistent) await del(J + key, store('teacher'));
  }

  async clearJudgements(learner?: string): Promise<void> {
    const keys = [...this.judgements].filter(([, j]) => learner === undefined || j.learner === learner).map(([k]) => k);
    for (const k of keys) this.judgements.delete(k);
    if (this.persistent) for (const k of keys) await del(J + k, store('teacher'));
  }

  async schemaVersion(): Promise<number | undefined> {
    return this.persistent ? get<number>('schema', store('teacher')) : undefined;
  }

  async setSchemaVersion(v: number): Promise<void> {
    await this.put('schema', v);
  }

  private async put(key: string, value: unknown): Promise<void> {
    if (this.persistent) await set(key, value, store('teacher'));
  }
}
