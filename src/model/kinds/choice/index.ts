import { defineKind } from '../definition.ts';
import { answerChoice, choiceEvidence, choiceFinished, resumeChoice, startChoice, choiceSummary } from './rules.ts';
import { choiceActivity } from './schema.ts';
import { choiceTemplate } from './template.ts';

/** `choice`: a question, options to tap (one or several right), hints after wrong tries. */
export const choiceKind = defineKind({
  kind: 'choice',
  schema: choiceActivity,
  template: choiceTemplate,
  labels: (a) => a.items.map((it) => it.prompt),
  start: (a, { rng }) => startChoice(a, rng),
  answer: (play, selected: readonly number[]) => answerChoice(play, selected),
  evidence: ({ before, input, outcome }) => choiceEvidence(before, input, outcome),
  finished: choiceFinished,
  summary: choiceSummary,
  checkpoint: (play) => play,
  resume: (saved, _fresh, a) => resumeChoice(saved, a),
});
