import { itemScore } from './score.ts';

/** How one answer to an item with a limited number of tries ends. */
export type TryOutcome =
  | { type: 'correct'; attempt: number; score: number }
  /** `hint`: the hint is due after this wrong try (hintDue). */
  | { type: 'wrong'; attempt: number; attemptsLeft: number; hint: boolean }
  /** The last try was wrong: the answer is shown. */
  | { type: 'revealed'; attempt: number; score: 0 };

/**
 * The one rule of hints for every kind (an activity's `hintAfter`): after that many wrong tries
 * on the same thing, each wrong try is followed by the kind's hint; 0 means never. The view shows
 * it after the "wrong" colour (engine/widgets/feedback.ts), so a child sees what was wrong first.
 */
export const hintDue = (wrongTries: number, hintAfter: number): boolean => hintAfter > 0 && wrongTries >= hintAfter;

/** Judge the `attempt`-th answer to an item (1 for the first); a wrong one says whether the hint is due. */
export function judgeTry(correct: boolean, attempt: number, maxAttempts: number, hintAfter: number): TryOutcome {
  if (correct) return { type: 'correct', attempt, score: itemScore(true, attempt) };
  if (attempt >= maxAttempts) return { type: 'revealed', attempt, score: 0 };
  return { type: 'wrong', attempt, attemptsLeft: maxAttempts - attempt, hint: hintDue(attempt, hintAfter) };
}
