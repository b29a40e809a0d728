import { del, set, values } from 'idb-keyval';
import { byGivenName, WHOLE_CLASS_ID, type Learner } from '../model/learners/learner.ts';
import { indexedDbAvailable, store } from './idb.ts';

/** The class roster of this device, and which learner is playing now. */
export class LearnerStore {
  private readonly byId = new Map<string, Learner>();
  private readonly persistent = indexedDbAvailable();

  async open(): Promise<void> {
    if (!this.persistent) return;
    for (const l of await values<Learner>(store('learners'))) this.byId.set(l.id, l);
  }

  /** Read again (another tab changed the roster: an import, a removal). */
  async reload(): Promise<void> {
    if (!this.persistent) return;
    this.byId.clear();
    await this.open();
  }

  /** Learners on the roster (archived ones too when asked), in the class list's order: by given name, Vietnamese collation. */
  list(opts: { archived?: boolean } = {}): Learner[] {
    return [...this.byId.values()].filter((l) => opts.archived || !l.archived).sort(byGivenName);
  }

  get(id: string): Learner | undefined {
    return this.byId.get(id);
  }

  get map(): ReadonlyMap<string, Learner> {
    return this.byId;
  }

  async save(l: Learner): Promise<void> {
    this.byId.set(l.id, l);
    if (this.persistent) await set(l.id, l, store('learners'));
  }

  /** Gone from this device (an import undone, or the teacher removed the child's data). */
  async remove(id: string): Promise<void> {
    this.byId.delete(id);
    if (this.persistent) await del(id, store('learners'));
    if (this.current === id) this.current = WHOLE_CLASS_ID;
  }

  /** Who plays now: kept per device across reloads; the whole class until a child picks. */
  get current(): string {
    try {
      const id = localStorage.getItem('lopvui.learner');
      return id && (id === WHOLE_CLASS_ID || this.byId.get(id)?.archived === false) ? id : WHOLE_CLASS_ID;
    } catch {
      return WHOLE_CLASS_ID;
    }
  }

  set current(id: string) {
    try {
      localStorage.setItem('lopvui.learner', id);
    } catch {
      // storage off: the choice lasts until reload
    }
  }
}
