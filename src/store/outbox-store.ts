import { del, delMany, entries, keys, set, setMany } from 'idb-keyval';
import type { Outbox } from '../model/sync/lrs-sync.ts';
import type { Statement } from '../model/evidence/xapi.ts';
import { count, indexedDbAvailable, store } from './idb.ts';

/** Set once every statement stored before the outbox existed has been queued. */
const BACKFILLED = 'lopvui.outbox.backfilled';

export interface SetAside {
  id: string;
  reason: string;
  at: number;
}

/**
 * The statements still to send to the LRS, by id (with the time queued, so the oldest go first),
 * and those the LRS refused, with its reason. In IndexedDB, so the queue outlives reloads,
 * crashes and weeks offline. Without IndexedDB it lives in memory with the page.
 */
export class OutboxStore implements Outbox {
  private readonly persistent = indexedDbAvailable();
  private readonly memory = new Map<string, number>();
  private readonly asideMemory = new Map<string, SetAside>();

  constructor(private readonly evidence: { byIds(ids: string[]): Promise<Statement[]>; ids(): Promise<Set<string>> }) {}

  /** Queue what was stored before there was an outbox (once per device). */
  async open(): Promise<void> {
    const marks = globalThis.localStorage as Storage | undefined;
    if (!this.persistent || marks?.getItem(BACKFILLED)) return;
    const queued = new Set(await keys<string>(store('outbox')));
    const now = Date.now();
    const missing = [...(await this.evidence.ids())].filter((id) => !queued.has(id));
    for (let i = 0; i < missing.length; i += 1000) await setMany(missing.slice(i, i + 1000).map((id) => [id, now]), store('outbox'));
    marks?.setItem(BACKFILLED, '1');
  }

  /** Called before the statement itself is written: a crash between leaves an id to skip, never a statement unsent. */
  async queue(ids: string[]): Promise<void> {
    const now = Date.now();
    if (!this.persistent) return void ids.forEach((id) => this.memory.set(id, now));
    await setMany(ids.map((id) => [id, now]), store('outbox'));
  }

  /** Ids that must not be sent after all (an import undone, a learner's data removed). */
  forget(ids: string[]): Promise<void> {
    return this.sent(ids);
  }

  async next(n: number): Promise<string[]> {
    const all = this.persistent ? await entries<string, number>(store('outbox')) : [...this.memory];
    return all
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([id]) => id);
  }

  statements(ids: string[]): Promise<Statement[]> {
    return this.evidence.byIds(ids);
  }

  async sent(ids: string[]): Promise<void> {
    if (!this.persistent) return void ids.forEach((id) => this.memory.delete(id));
    await delMany(ids, store('outbox'));
  }

  async setAside(id: string, reason: string): Promise<void> {
    const record = { id, reason, at: Date.now() };
    if (!this.persistent) {
      this.memory.delete(id);
      return void this.asideMemory.set(id, record);
    }
    await set(id, record, store('setAside'));
    await del(id, store('outbox'));
  }

  async waiting(): Promise<number> {
    return this.persistent ? count('outbox') : this.memory.size;
  }

  async rejected(): Promise<SetAside[]> {
    const list = this.persistent ? (await entries<string, SetAside>(store('setAside'))).map(([, v]) => v) : [...this.asideMemory.values()];
    return list.sort((a, b) => a.at - b.at);
  }
}
