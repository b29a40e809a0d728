import { pick } from '../../activity/lang.ts';
import { defineKind } from '../definition.ts';
import { summaryOf } from '../score.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { pathFinished, pathEvidence, runPath, startPath, type Card } from './rules.ts';
import { pathActivity } from './schema.ts';
import { pathTemplate } from './template.ts';

/** `path`: program the robot with arrow cards to reach the goal. An answer is one run of the program. */
export const pathKind = defineKind({
  kind: 'path',
  schema: pathActivity,
  template: pathTemplate,
  labels: (a) => a.items.map((_, i) => `${i + 1}`),
  start: () => startPath(),
  answer: (play, program: readonly Card[], a) => runPath(a, play, program),
  evidence: ({ before, input, outcome }, a, lang) => pathEvidence(before.index, `${pick(a.title, lang)} ${before.index + 1}`, input, outcome.run, outcome.runNumber, a.competencies),
  finished: (play, a) => pathFinished(a, play),
  summary: (play) => summaryOf(play.scores),
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh, a) => resumeSteps(saved, fresh, a.items.length),
});
