import { pick } from '../../model/activity/lang.ts';
import { itemLabels } from '../../model/kinds/lookup.ts';
import type { PlayedActivity } from '../../model/evidence/nhan-xet.ts';
import type { ReportInput } from '../../model/evidence/stage-report.ts';
import type { Stage } from '../../model/learners/stage.ts';
import type { TeacherContext } from './context.ts';

/** What the model's report of one learner reads, from the teacher's context. */
export function reportInput(ctx: TeacherContext, learner: { id: string; stage?: Stage | undefined }): ReportInput {
  return {
    learner,
    rollups: ctx.data.evidence.rollups,
    judgements: ctx.data.teacher.judgements,
    subjectOf: (id) => ctx.entries.find((e) => e.id === id)?.subject,
  };
}

/** Titles and item labels of the activities a learner played, for the drafted nhận xét. */
export async function describeActivities(ctx: TeacherContext, ids: readonly string[]): Promise<(id: string) => PlayedActivity | undefined> {
  const known = new Map<string, PlayedActivity>();
  for (const id of new Set(ids)) {
    const a = await ctx.loadActivity(id);
    if (a) known.set(id, { title: pick(a.title, ctx.lang), items: itemLabels(a).map((l) => pick(l, ctx.lang)) });
  }
  return (id) => known.get(id);
}
