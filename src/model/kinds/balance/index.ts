import type { Localized } from '../../activity/lang.ts';
import { defineKind } from '../definition.ts';
import { summaryOf } from '../score.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { answerBalance, balanceEvidence, startBalance, type BalancePlay, type Pans } from './rules.ts';
import { balanceActivity } from './schema.ts';
import { balanceTemplate } from './template.ts';

/** What a balance answer is: the pans as the child left them, the side named (a "heavier" task), the question shown. */
export interface BalanceAnswer {
  pans: Pans;
  answer?: 'left' | 'right' | 'same';
  prompt: Localized;
}

/** `balance`: put weights on the pans to level the beam, or say which side is heavier. */
export const balanceKind = defineKind({
  kind: 'balance',
  schema: balanceActivity,
  template: balanceTemplate,
  labels: (a) => a.items.map((it, i) => it.prompt ?? `${i + 1}`),
  start: (): BalancePlay => startBalance(),
  answer: (play, input: BalanceAnswer, a) => answerBalance(a, play, input.pans, input.answer),
  evidence: ({ before, input, outcome }, a) => balanceEvidence(a, before, input.pans, outcome, input.prompt, input.answer),
  finished: (play, a) => play.index >= a.items.length,
  summary: (play) => summaryOf(play.scores),
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh, a) => resumeSteps(saved, fresh, a.items.length),
});
