import { EvidenceStore } from './evidence-store.ts';
import { LearnerStore } from './learners.ts';
import { migrate } from './migrations.ts';
import { OutboxStore } from './outbox-store.ts';
import { TeacherStore } from './teacher-store.ts';

export type StorageProblem = 'unavailable' | 'notPersistent' | undefined;

/** Everything the player keeps on the device, opened and brought up to date once at start. */
export interface AppData {
  evidence: EvidenceStore;
  learners: LearnerStore;
  teacher: TeacherStore;
  /** Statements still to send to the school's LRS (and those it refused). */
  outbox: OutboxStore;
  /** A problem the teacher must hear about (the child is never stopped by it). */
  problem: StorageProblem;
}

/** How long the menu may wait for storage: a browser whose IndexedDB never answers must not stop a child. */
const OPEN_TIMEOUT_MS = 4000;

export async function openAppData(): Promise<AppData> {
  // Each needs the other: the outbox reads statements from the evidence, the evidence queues
  // every new one in the outbox before writing it. Both are given what they need here, once.
  const outbox: OutboxStore = new OutboxStore({ byIds: (ids) => evidence.byIds(ids), ids: () => evidence.ids() });
  const evidence = new EvidenceStore(outbox);
  const data: AppData = { evidence, outbox, learners: new LearnerStore(), teacher: new TeacherStore(), problem: undefined };
  if (!data.evidence.persistent) return { ...data, problem: 'unavailable' };
  try {
    const opening = (async () => {
      await Promise.all([data.learners.open(), data.teacher.open()]);
      await migrate(data);
      await data.evidence.open();
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), OPEN_TIMEOUT_MS)));
    await Promise.race([opening, late]).finally(() => clearTimeout(timer));
  } catch (e) {
    console.error('storage could not be opened', e);
    data.problem = 'unavailable';
    return data;
  }
  // Evidence from before the outbox existed is queued in the background: the menu never waits for it.
  void data.outbox.open().catch((e: unknown) => console.error('outbox backfill', e));
  // Ask the browser not to clear our data under storage pressure; some ask the user, so no waiting.
  void globalThis.navigator?.storage
    ?.persist?.()
    .then((granted) => {
      if (!granted && !data.problem) data.problem = 'notPersistent';
    })
    .catch(() => undefined);
  return data;
}
