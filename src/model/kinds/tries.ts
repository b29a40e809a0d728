import { itemScore } from './score.ts';

/** How one answer to an item with a limited number of tries ends. */
export type TryOutcome =
  | { type: 'correct'; attempt: number; score: number }
  | { type: 'wrong'; attempt: number; attemptsLeft: number }
  /** The last try was wrong: the answer is shown. */
  | { type: 'revealed'; attempt: number; score: 0 };

/** Judge the `attempt`-th answer to an item (1 for the first). */
export function judgeTry(correct: boolean, attempt: number, maxAttempts: number): TryOutcome {
  if (correct) return { type: 'correct', attempt, score: itemScore(true, attempt) };
  if (attempt >= maxAttempts) return { type: 'revealed', attempt, score: 0 };
  return { type: 'wrong', attempt, attemptsLeft: maxAttempts - attempt };
}
