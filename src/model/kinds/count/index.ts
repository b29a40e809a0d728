import type { Localized } from '../../activity/lang.ts';
import { seededRng } from '../../random.ts';
import { defineKind } from '../definition.ts';
import { summaryOf } from '../score.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { answerCount, countEvidence, countItems, startCount } from './rules.ts';
import { countActivity } from './schema.ts';
import { countTemplate } from './template.ts';

/** `count`: tap the objects one by one, then choose how many. `prompt`: the question as it was shown. */
export const countKind = defineKind({
  kind: 'count',
  schema: countActivity,
  template: countTemplate,
  labels: (a) => countItems(a, seededRng(1)).map((it) => `${it.count}`),
  start: (a, { rng }) => startCount(a, rng),
  answer: (play, input: { n: number; prompt: Localized }) => answerCount(play, input.n),
  evidence: ({ before, input, outcome }, a) => (outcome.type === 'ignored' ? undefined : countEvidence(before, input.n, outcome, a.competencies, input.prompt)),
  finished: (play) => play.index >= play.items.length,
  summary: (play) => summaryOf(play.scores),
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh) => resumeSteps(saved, fresh, fresh.items.length),
});
