import { clear, del, delMany, entries, get, getMany, keys, set, setMany, values } from 'idb-keyval';
import { applyStatement, ROLLUP_FORMAT, type Rollups } from '../model/evidence/rollup.ts';
import type { Statement } from '../model/evidence/xapi.ts';
import { count, indexedDbAvailable, store } from './idb.ts';
import { localJournal, type Journal } from './journal.ts';

/** How many statements the rollups have counted: compared with the store at start to catch a crash between two writes. */
const COUNTED = 'meta|counted';
/** The shape of the stored totals (ROLLUP_FORMAT): another shape is counted again. */
const FORMAT = 'meta|format';
/**
 * The ids of an import being written, one key per chunk: found at start, the import was cut
 * short (the tab closed) and is undone, all or nothing.
 */
const IMPORTING = 'meta|importing|';
const CHUNK = 1000;
/** A journal entry younger than this may be another tab's write still in flight (see replayJournal). */
const JOURNAL_GRACE_MS = 5000;
/** Between two chunks of a long job the page gets its turn (taps, frames): no task near 200 ms. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What one tab tells the others (BroadcastChannel), so that every tab's totals stay right. */
type EvidenceNews = { type: 'recorded'; statement: Statement } | { type: 'totals' };

/**
 * Records statements the moment they happen. A write that fails (storage full, IndexedDB
 * missing) keeps the statement in memory and is retried with the next record and on a timer,
 * so the child plays on and nothing already answered is dropped while the page lives.
 */
export class EvidenceRecorder {
  private readonly waiting = new Map<string, Statement>();
  /** Waiting statements the journal could not take either: only this tab's memory holds them. */
  private readonly unjournaled = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Called when the number of statements waiting changes (the teacher is told). */
  onPending: (n: number) => void = () => {};

  constructor(
    private readonly save: (s: Statement) => Promise<void>,
    /** Where each statement is written synchronously first (the store replays it at start). */
    readonly journal: Journal = localJournal(),
  ) {}

  record(s: Statement): Promise<void> {
    // Synchronous: survives the tab being killed before the write below.
    if (!this.journal.add(s)) this.unjournaled.add(s.id);
    this.waiting.set(s.id, s);
    return this.flush();
  }

  get pending(): number {
    return this.waiting.size;
  }

  /** Answers kept nowhere but in this tab (IndexedDB and localStorage both failed): closing it loses them. */
  get memoryOnly(): number {
    return this.unjournaled.size;
  }

  /** Statements not yet stored, oldest first. */
  get unsaved(): Statement[] {
    return [...this.waiting.values()];
  }

  /** Drop the waiting statements that match (a learner's data removed); their ids. */
  forget(match: (s: Statement) => boolean): string[] {
    const gone = [...this.waiting.values()].filter(match).map((s) => s.id);
    for (const id of gone) {
      this.waiting.delete(id);
      this.unjournaled.delete(id);
      this.journal.remove(id);
    }
    for (const s of this.journal.all()) if (match(s)) this.journal.remove(s.id);
    this.onPending(this.waiting.size);
    return gone;
  }

  async flush(): Promise<void> {
    for (const [id, s] of [...this.waiting]) {
      try {
        await this.save(s);
        this.waiting.delete(id);
        this.unjournaled.delete(id);
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
  /** Take ids out again (an import undone, a learner's data removed). */
  forget(ids: string[]): Promise<void>;
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
  /** Another tab changed the evidence: the totals here have followed; the view may redraw. */
  onOtherTab: () => void = () => {};
  private readonly channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('lopvui-evidence');

  /** `sync` queues ids for the school's LRS before their statements are written (the outbox). */
  constructor(private readonly sync: SyncQueue = { queue: async () => {}, forget: async () => {} }) {
    if (this.channel) this.channel.onmessage = (e: MessageEvent<EvidenceNews>) => this.hear(e.data);
  }

  /**
   * What another tab did: an answer is added to the totals here (that tab stored it); after an
   * import, a wipe or a removal, that tab's totals are complete in IndexedDB and are read again
   * (a few cells: never a recount of every statement).
   */
  private hear(news: EvidenceNews): void {
    if (news.type === 'recorded') {
      applyStatement(this.rollups, news.statement);
      this.counted++;
      this.onOtherTab();
    } else {
      this.recounting = this.reloadTotals().then(() => this.onOtherTab());
    }
  }

  private async reloadTotals(): Promise<void> {
    if (!this.persistent) return;
    const stored = await entries<string, unknown>(store('rollups'));
    this.rollups.clear();
    this.counted = Number(stored.find(([k]) => k === COUNTED)?.[1] ?? 0);
    for (const [k, v] of stored) if (!k.startsWith('meta|')) this.rollups.set(k, v as never);
  }

  private tell(news: EvidenceNews): void {
    this.channel?.postMessage(news);
  }

  /**
   * Load the totals. If they lag behind the statements (a crash between two writes), recount
   * them in the background: reading a year of a class's evidence must not delay the menu.
   */
  async open(): Promise<void> {
    if (!this.persistent) return;
    let stored = await entries<string, unknown>(store('rollups'));
    const cut = stored.filter(([k]) => k.startsWith(IMPORTING));
    if (cut.length) {
      for (const [key, ids] of cut) await this.undoChunk(key, ids as string[]);
      stored = await entries<string, unknown>(store('rollups'));
    }
    this.counted = Number(stored.find(([k]) => k === COUNTED)?.[1] ?? 0);
    const format = stored.find(([k]) => k === FORMAT)?.[1];
    for (const [k, v] of stored) if (!k.startsWith('meta|')) this.rollups.set(k, v as never);
    if ((await count('statements')) !== this.counted || (this.counted > 0 && format !== ROLLUP_FORMAT)) this.recounting = this.rebuild();
    await this.replayJournal();
  }

  /**
   * Statements the journal holds were answered but perhaps never stored (the tab was killed in
   * between): store those not stored yet; drop from the journal those that were. An entry younger
   * than JOURNAL_GRACE_MS may be another tab's write still in flight, and is left to it for now. It may
   * also be this tab's own from before a reload (an answer, then the page reloaded at once): looked at
   * again once it is old enough, it is stored now, not only at some later start.
   */
  private async replayJournal(lookAgain = true): Promise<void> {
    const journal = this.recorder.journal;
    const now = Date.now();
    const youngest = journal.youngest();
    if (lookAgain && youngest !== undefined && youngest >= now - JOURNAL_GRACE_MS) setTimeout(() => void this.replayJournal(false), youngest + JOURNAL_GRACE_MS - now + 1);
    const pending = journal.all(now - JOURNAL_GRACE_MS);
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
    await setMany([...this.rollups, [COUNTED, this.counted], [FORMAT, ROLLUP_FORMAT]], store('rollups'));
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
    this.tell({ type: 'recorded', statement: s });
  }

  /** Write the totals that changed, with the new count of statements they cover. */
  private async writeTotals(added: number): Promise<void> {
    this.counted += added;
    const cells = [...this.dirty].map((k) => [k, this.rollups.get(k)] as [string, unknown]);
    this.dirty.clear();
    await setMany([...cells, [COUNTED, this.counted], [FORMAT, ROLLUP_FORMAT]], store('rollups'));
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

  /**
   * Add statements from a backup (already checked to the last field; known ones filtered out),
   * all or none. `add` writes a chunk (its ids noted first, under their own key) and counts it
   * in a copy of the totals; a failed write takes back every chunk written, and so does the next
   * start if the tab closes midway. Only `commit` makes the totals the page and the other tabs
   * read include them, once everything else of the import is written too.
   */
  beginImport(): { add(part: Statement[]): Promise<void>; commit(): Promise<void>; undo(): Promise<void> } {
    const chunks: string[] = [];
    const totals: Rollups = structuredClone(this.rollups);
    const changed = new Set<string>();
    let added = 0;
    const undo = async () => {
      for (const key of chunks) await this.undoChunk(key, undefined);
      chunks.length = 0;
    };
    return {
      add: async (part) => {
        for (let i = 0; i < part.length; i += CHUNK) {
          const slice = part.slice(i, i + CHUNK);
          const ids = slice.map((s) => s.id);
          if (this.persistent) {
            const key = `${IMPORTING}${chunks.length}`;
            try {
              await set(key, ids, store('rollups'));
              chunks.push(key);
              await this.sync.queue(ids);
              await setMany(slice.map((s) => [s.id, s]), store('statements'));
            } catch (e) {
              await undo();
              throw e;
            }
          }
          for (const s of slice) for (const k of applyStatement(totals, s)) changed.add(k);
          added += slice.length;
          await yieldToPage();
        }
      },
      commit: async () => {
        this.rollups.clear();
        for (const [k, v] of totals) this.rollups.set(k, v);
        for (const k of changed) this.dirty.add(k);
        if (!this.persistent) return;
        await this.writeTotals(added);
        await delMany(chunks, store('rollups'));
        this.tell({ type: 'totals' });
      },
      undo,
    };
  }

  /** One chunk of an import taken back: its statements, their place in the outbox, its note. */
  private async undoChunk(key: string, known: string[] | undefined): Promise<void> {
    const ids = known ?? (await get<string[]>(key, store('rollups'))) ?? [];
    await delMany(ids, store('statements'));
    await this.sync.forget(ids);
    await del(key, store('rollups'));
  }

  /**
   * A learner's evidence removed from this device (the teacher asked): the statements, stored
   * or waiting, their place in the outbox and in the journal; the totals recounted.
   */
  async removeLearner(learner: string): Promise<number> {
    const mine = (s: Statement) => s.actor.account.name === learner;
    const waiting = this.recorder.forget(mine);
    const stored = this.persistent ? await idsWhere('statements', mine) : [];
    for (let i = 0; i < stored.length; i += CHUNK) {
      await delMany(stored.slice(i, i + CHUNK), store('statements'));
      await this.sync.forget(stored.slice(i, i + CHUNK));
    }
    await this.sync.forget(waiting);
    this.recounting = this.rebuild();
    await this.recounting;
    this.tell({ type: 'totals' });
    return stored.length + waiting.length;
  }

  async wipe(): Promise<void> {
    this.rollups.clear();
    this.counted = 0;
    if (!this.persistent) return;
    await clear(store('statements'));
    await clear(store('rollups'));
    this.tell({ type: 'totals' });
  }
}

/** The keys of the records that match, read with a cursor: one record per task, never the whole store at once. */
function idsWhere<T>(name: 'statements', match: (v: T) => boolean): Promise<string[]> {
  return store(name)('readonly', (os) => new Promise<string[]>((resolve, reject) => {
    const out: string[] = [];
    const req = os.openCursor();
    req.onsuccess = () => {
      const c = req.result;
      if (!c) return resolve(out);
      if (match(c.value as T)) out.push(String(c.key));
      c.continue();
    };
    req.onerror = () => reject(req.error);
  }));
}
