import { defineKind } from '../definition.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { dropTile, wordsFinished, startWords, wordsEvidence, wordsSummary } from './rules.ts';
import { wordsActivity } from './schema.ts';
import { wordsTemplate } from './template.ts';

/** `words`: spell a word from letter cards, or build a sentence from word cards. An answer is one card dropped on a slot. */
export const wordsKind = defineKind({
  kind: 'words',
  schema: wordsActivity,
  template: wordsTemplate,
  labels: (a) => a.items.map((it) => (it.type === 'spell' ? it.word : it.sentence)),
  start: (a, { rng, lang }) => startWords(a, lang, rng),
  answer: (play, drop: { tile: string; slot: number }) => dropTile(play, drop.tile, drop.slot),
  // Judged on the play after the drop: a finished round is evidence with its whole answer.
  evidence: ({ after, outcome }, a) => wordsEvidence(after, outcome, a.competencies),
  finished: wordsFinished,
  summary: wordsSummary,
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh) => resumeSteps(saved, fresh, fresh.rounds.length),
});
