import { v4 as uuid } from 'uuid';
import { del, entries, get, set } from 'idb-keyval';
import type { ClassReport } from '../model/report/class-report.ts';
import { indexedDbAvailable, store } from './idb.ts';

const CLASS_ID = 'classId';
const REPORT = 'report|';

/**
 * The class reports of the cụm on this device: this class's own id (a random UUID made once,
 * never derived from a name or the school) and the reports other teachers' files brought, one
 * per class (the newer kept). Beside the teacher's other data (the `teacher` store).
 */
export class ClassReports {
  private readonly persistent = indexedDbAvailable();
  private memoryId: string | undefined;
  private readonly memory = new Map<string, ClassReport>();

  /** This class's id on this device, made the first time it is asked for. */
  async classId(): Promise<string> {
    if (!this.persistent) return (this.memoryId ??= uuid());
    const had = await get<string>(CLASS_ID, store('teacher'));
    if (had) return had;
    const id = uuid();
    await set(CLASS_ID, id, store('teacher'));
    return id;
  }

  async imported(): Promise<ClassReport[]> {
    if (!this.persistent) return [...this.memory.values()];
    return (await entries<string, ClassReport>(store('teacher'))).filter(([k]) => String(k).startsWith(REPORT)).map(([, v]) => v);
  }

  /** Keep a class's report: it replaces an older one of the same class; an older one than kept changes nothing. */
  async keep(r: ClassReport): Promise<'added' | 'replaced' | 'older'> {
    const had = (await this.imported()).find((x) => x.classId === r.classId);
    if (had && Date.parse(had.generatedAt) >= Date.parse(r.generatedAt)) return 'older';
    if (this.persistent) await set(REPORT + r.classId, r, store('teacher'));
    else this.memory.set(r.classId, r);
    return had ? 'replaced' : 'added';
  }

  /** Forget every imported report (this class's own evidence stays). */
  async clear(): Promise<void> {
    for (const r of await this.imported()) {
      if (this.persistent) await del(REPORT + r.classId, store('teacher'));
      this.memory.delete(r.classId);
    }
  }
}

export const classReports = new ClassReports();
