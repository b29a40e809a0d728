import { clear, entries, getMany, keys, set, setMany, values } from 'idb-keyval';
import { applyStatement, type Rollups } from '../model/evidence/rollup.ts';
import type { Statement } from '../model/evidence/xapi.ts';
import { count, indexedDbAvailable, store } from './idb.ts';
import { localJournal, type Journal } from './journal.ts';

/** How many statements the rollups have counted: compared with the store at start to catch a crash between two writes. */
const COUNTED = 'meta|counted';

/**
 * Records statements the moment they happen. A write that fails (storage full, IndexedDB
 * missing) keeps the statement in memory and is retried with the next record and on a timer,
 * so the child plays on and nothing already answered is dropped while the page lives.
 */
export class EvidenceRecorder {
  private readonly waiting = new Map<string, Statement>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Called when the number of statements waiting changes (the teacher is told). */
  onPending: (n: number) => void = () => {};

  constructor(
    private readonly save: (s: Statement) => Promise<void>,
    /** Where each statement is written synchronously first (the store replays it at start). */
    readonly journal: Journal = localJournal(),
  ) {}

  record(s: Statement): Promise<void> {
    this.journal.add(s); // synchronous: survives the tab being killed before the write below
    this.waiting.set(s.id, s);
    return this.flush();
  }

  get pending(): number {
    return this.waiting.size;
  }

  /** Statements not yet stored, oldest first. */
  get unsaved(): Statement[] {
    return [...this.waiting.values()];
  }

  async flush(): Promise<void> {
    for (const [id, s] of [...this.waiting]) {
      try {
        await this.save(s);
        this.waiting.delete(id);
        this.journal.remove(id);
      } catch {
        this.retryLater();
        break;
      }
    }
    this.onPending(this.waiting.size);
  }

  private retryLater(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, 5000);
  }
}

/** Where statement ids wait to be sent to the school's LRS. */
export interface SyncQueue {
  queue(ids: string[]): Promise<void>;
}

/**
 * The evidence of this device: every statement (IndexedDB, by id) and the running totals the
 * teacher's view reads. Totals change in memory at once and are written with their statement.
 */
export class EvidenceStore {
  readonly rollups: Rollups = new Map();
  readonly recorder = new EvidenceRecorder((s) => this.persist(s));
  private readonly dirty = new Set<string>();
  private counted = 0;
  readonly persistent = indexedDbAvailable();
  /** A recount in progress (the teacher's view waits for it; children never do). */
  recounting: Promise<void> = Promise.resolve();
  private recordedDuringRecount: Statement[] | undefined;

  /** `sync` queues ids for the school's LRS before their statements are written (the outbox). */
  constructor(private readonly sync: SyncQueue = { queue: async () => {} }) {}

  /**
   * Load the totals. If they lag behind the statements (a crash between two writes), recount
   * them in the background: reading a year of a class's evidence must not delay the menu.
   */
  async open(): Promise<void> {
    if (!this.persistent) return;
    const stored = await entries<string, unknown>(store('rollups'));
    this.counted = Number(stored.find(([k]) => k === COUNTED)?.[1] ?? 0);
    for (const [k, v] of stored) if (k !== COUNTED) this.rollups.set(k, v as never);
    if ((await count('statements')) !== this.counted) this.recounting = this.rebuild();
    await this.replayJournal();
  }

  /**
   * Statements the journal holds were answered but perhaps never stored (the tab was killed in
   * between): store those not stored yet; drop from the journal those that were.
   */
  private async replayJournal(): Promise<void> {
    const journal = this.recorder.journal;
    const pending = journal.all(Date.now() - 5000);
    if (pending.length === 0) return;
    const stored = await getMany<Statement | undefined>(pending.map((s) => s.id), store('statements'));
    pending.forEach((s, i) => (stored[i] ? journal.remove(s.id) : void this.record(s)));
  }

  async rebuild(): Promise<void> {
    this.recordedDuringRecount = [];
    const all = this.persistent ? await values<Statement>(store('statements')) : [];
    all.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    // Statements recorded while we read, or still waiting to be written: counted once each.
    const stored = new Set(all.map((s) => s.id));
    const byId = new Map([...this.recorder.unsaved, ...this.recordedDuringRecount].map((s) => [s.id, s]));
    const later = [...byId.values()].filter((s) => !stored.has(s.id));
    this.recordedDuringRecount = undefined;
    this.rollups.clear();
    for (const s of [...all, ...later]) applyStatement(this.rollups, s);
    this.counted = all.length;
    if (!this.persistent) return;
    await clear(store('rollups'));
    await setMany([...this.rollups, [COUNTED, this.counted]], store('rollups'));
  }

  record(s: Statement): Promise<void> {
    this.recordedDuringRecount?.push(s);
    for (const k of applyStatement(this.rollups, s)) this.dirty.add(k);
    return this.recorder.record(s);
  }

  private async persist(s: Statement): Promise<void> {
    if (!this.persistent) throw new Error('IndexedDB is not available');
    await this.sync.queue([s.id]);
    await set(s.id, s, store('statements'));
    await this.writeTotals(1);
  }

  /** Write the totals that changed, with the new count of statements they cover. */
  private async writeTotals(added: number): Promise<void> {
    this.counted += added;
    const cells = [...this.dirty].map((k) => [k, this.rollups.get(k)] as [string, unknown]);
    this.dirty.clear();
    await setMany([...cells, [COUNTED, this.counted]], store('rollups'));
  }

  async all(): Promise<Statement[]> {
    const stored = this.persistent ? await values<Statement>(store('statements')) : [];
    return [...stored, ...this.recorder.unsaved];
  }

  async ids(): Promise<Set<string>> {
    const stored = this.persistent ? await keys<string>(store('statements')) : [];
    return new Set([...stored, ...this.recorder.unsaved.map((s) => s.id)]);
  }

  async byIds(ids: string[]): Promise<Statement[]> {
    const waiting = new Map(this.recorder.unsaved.map((s) => [s.id, s]));
    const stored = this.persistent ? await getMany<Statement | undefined>(ids, store('statements')) : [];
    return ids.map((id, i) => stored[i] ?? waiting.get(id)).filter((s): s is Statement => s !== undefined);
  }

  /** Add statements from another tablet (already known ones filtered out by the caller). */
  async addMany(list: Statement[]): Promise<void> {
    for (const s of list) for (const k of applyStatement(this.rollups, s)) this.dirty.add(k);
    if (!this.persistent) return;
    for (let i = 0; i < list.length; i += 1000) {
      await this.sync.queue(list.slice(i, i + 1000).map((s) => s.id));
      await setMany(list.slice(i, i + 1000).map((s) => [s.id, s]), store('statements'));
    }
    await this.writeTotals(list.length);
  }

  async wipe(): Promise<void> {
    this.rollups.clear();
    this.counted = 0;
    if (!this.persistent) return;
    await clear(store('statements'));
    await clear(store('rollups'));
  }
}
