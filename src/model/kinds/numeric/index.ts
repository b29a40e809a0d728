import { defineKind } from '../definition.ts';
import { summaryOf } from '../score.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { answerNumeric, numericEvidence, numericItems, startNumeric } from './rules.ts';
import { numericActivity } from './schema.ts';
import { numericTemplate } from './template.ts';

/** `numeric`: type a number on the keypad, or compare two sides with <, >, =. */
export const numericKind = defineKind({
  kind: 'numeric',
  schema: numericActivity,
  template: numericTemplate,
  labels: (a) => numericItems(a).map((it) => (it.type === 'typed' ? it.prompt : (it.prompt ?? '<, >, ='))),
  start: (a) => startNumeric(a),
  answer: (play, response: string) => answerNumeric(play, response),
  evidence: ({ before, input, outcome }, a) => (outcome.type === 'ignored' ? undefined : numericEvidence(before, input, outcome, a.competencies)),
  finished: (play) => play.index >= play.items.length,
  summary: (play) => summaryOf(play.scores),
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh) => resumeSteps(saved, fresh, fresh.items.length),
});
