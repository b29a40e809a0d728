import { defineKind } from '../definition.ts';
import { memoryFinished, memoryEvidence, memorySummary, resumeMemory, startMemory, turnCard } from './rules.ts';
import { memoryActivity } from './schema.ts';
import { memoryTemplate } from './template.ts';

/** `memory`: cards face down; turn two at a time to find the pairs. An answer is the card turned. */
export const memoryKind = defineKind({
  kind: 'memory',
  schema: memoryActivity,
  template: memoryTemplate,
  labels: (a) => a.pairs.map((p) => p.a.text ?? p.a.say ?? p.a.image ?? p.a.audio ?? ''),
  start: (a, { rng }) => startMemory(a, rng),
  answer: (play, card: string) => turnCard(play, card),
  evidence: ({ outcome }, a) => memoryEvidence(a, outcome, a.competencies),
  finished: memoryFinished,
  summary: memorySummary,
  checkpoint: (play) => play,
  resume: (saved, fresh) => resumeMemory(saved, fresh),
});
