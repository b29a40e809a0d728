import { values } from 'idb-keyval';
import { freeAvatar, WHOLE_CLASS_ID, type Learner } from '../model/learners/learner.ts';
import type { Statement } from '../model/evidence/xapi.ts';
import type { EvidenceStore } from './evidence-store.ts';
import { count, store } from './idb.ts';
import type { LearnerStore } from './learners.ts';
import type { TeacherStore } from './teacher-store.ts';

/**
 * The version of the stored data, and the steps that bring older data forward. Each step runs
 * once, in order, before anything reads the stores.
 *
 * 1: statements only; every one by the device's single anonymous learner.
 * 2: a class roster, running totals (rollups) and the teacher's store.
 */
export const SCHEMA_VERSION = 2;

export async function migrate(stores: { evidence: EvidenceStore; learners: LearnerStore; teacher: TeacherStore }): Promise<void> {
  let version = await stores.teacher.schemaVersion();
  if (version === undefined) version = (await count('statements')) > 0 ? 1 : SCHEMA_VERSION;
  if (version < 2) await toV2(stores);
  await stores.teacher.setSchemaVersion(SCHEMA_VERSION);
}

/** Give every learner found in old statements a place on the roster, and count their evidence. */
async function toV2({ evidence, learners }: { evidence: EvidenceStore; learners: LearnerStore }): Promise<void> {
  const statements = await values<Statement>(store('statements'));
  const actors = [...new Set(statements.map((s) => s.actor.account.name))].filter((id) => id !== WHOLE_CLASS_ID && !learners.get(id));
  for (const [i, id] of actors.entries()) {
    const learner: Learner = { id, name: `Bé ${i + 1}`, ...freeAvatar(learners.list({ archived: true })), archived: false, createdAt: new Date().toISOString() };
    await learners.save(learner);
  }
  await evidence.rebuild();
}
