import { defineKind } from '../definition.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { checkSyllable, syllableFinished, startSyllable, syllableEvidence, syllableSummary } from './rules.ts';
import { syllableActivity } from './schema.ts';
import { syllableTemplate } from './template.ts';

/** `syllable`: build a syllable from âm đầu, vần and thanh cards. An answer is the check of the cards chosen. */
export const syllableKind = defineKind({
  kind: 'syllable',
  schema: syllableActivity,
  template: syllableTemplate,
  labels: (a) => a.items.map((it) => it.syllable),
  start: (a, { rng }) => startSyllable(a, rng),
  answer: (play, _check: 'check') => checkSyllable(play),
  evidence: ({ before, outcome }, a) => syllableEvidence(before, outcome, a.competencies),
  finished: syllableFinished,
  summary: syllableSummary,
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh) => resumeSteps(saved, fresh, fresh.rounds.length),
});
