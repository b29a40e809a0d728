import { EvidenceStore } from './evidence-store.ts';
import { LearnerStore } from './learners.ts';
import { migrate } from './migrations.ts';
import { TeacherStore } from './teacher-store.ts';

export type StorageProblem = 'unavailable' | 'notPersistent' | undefined;

/** Everything the player keeps on the device, opened and brought up to date once at start. */
export interface AppData {
  evidence: EvidenceStore;
  learners: LearnerStore;
  teacher: TeacherStore;
  /** A problem the teacher must hear about (the child is never stopped by it). */
  problem: StorageProblem;
}

export async function openAppData(): Promise<AppData> {
  const data: AppData = { evidence: new EvidenceStore(), learners: new LearnerStore(), teacher: new TeacherStore(), problem: undefined };
  if (!data.evidence.persistent) return { ...data, problem: 'unavailable' };
  try {
    await Promise.all([data.learners.open(), data.teacher.open()]);
    await migrate(data);
    await data.evidence.open();
  } catch (e) {
    console.error('storage could not be opened', e);
    return { ...data, problem: 'unavailable' };
  }
  // Ask the browser not to clear our data under storage pressure; some ask the user, so no waiting.
  void globalThis.navigator?.storage
    ?.persist?.()
    .then((granted) => {
      if (!granted && !data.problem) data.problem = 'notPersistent';
    })
    .catch(() => undefined);
  return data;
}
