import type { AppData } from './app-data.ts';
import { clearResume } from './resume.ts';

/**
 * "Remove this child's data" (the personal-data law asks it for children's data on request):
 * every statement of the child on this device, stored or waiting, its place in the LRS queue
 * and in the journal, the teacher's judgements and comments, a paused activity, and the name.
 * Evidence already sent to the school's LRS is the school's to remove there.
 */
export async function eraseLearner(data: AppData, id: string): Promise<number> {
  const removed = await data.evidence.removeLearner(id);
  await data.teacher.clearJudgements(id);
  await data.learners.remove(id);
  try {
    const raw = JSON.parse(localStorage.getItem('lopvui.resume') ?? 'null') as { learnerId?: unknown } | null;
    if (raw?.learnerId === id) clearResume();
  } catch {
    // nothing paused, or storage off
  }
  return removed;
}
