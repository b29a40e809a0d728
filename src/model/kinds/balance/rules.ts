import type { Localized } from '../../activity/lang.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import type { BalanceActivity, BalanceItem } from './schema.ts';
import { judgeTry, type TryOutcome } from '../tries.ts';

/** The beam tilts at most this far (degrees), right pan down when positive. */
export const MAX_TILT = 18;

/** Where the beam comes to rest for these masses: proportional to the difference, within ±MAX_TILT. */
export function restingTilt(left: number, right: number): number {
  if (left === right) return 0;
  const share = (right - left) / Math.max(left + right, 1e-9);
  return Math.max(-1, Math.min(1, share * 3)) * MAX_TILT;
}

export interface Beam {
  angle: number;
  velocity: number;
}

/** A slightly under-damped spring: the beam swings towards rest and settles, like a real one, not at once. */
const STIFFNESS = 30;
const DAMPING = 8;

/**
 * Advance the beam by `dt` seconds towards `target`. Steps of at most 1/120 s, so a slow
 * tablet (long frames) moves it the same way as a fast one.
 */
export function stepBeam(beam: Beam, target: number, dt: number): Beam {
  let { angle, velocity } = beam;
  for (let left = Math.max(0, dt); left > 0; left -= 1 / 120) {
    const h = Math.min(left, 1 / 120);
    velocity += (STIFFNESS * (target - angle) - DAMPING * velocity) * h;
    angle += velocity * h;
  }
  return { angle, velocity };
}

export type Side = 'left' | 'right';
export type Pans = { left: string[]; right: string[] };

export function massOf(a: BalanceActivity, ids: readonly string[]): number {
  return ids.reduce((s, id) => s + (a.objects.find((o) => o.id === id)?.mass ?? 0), 0);
}

/** heavier: "left", "right" or "same"; balance: level with something on both pans. */
export function judgeBalance(a: BalanceActivity, item: BalanceItem, pans: Pans, answer?: 'left' | 'right' | 'same'): boolean {
  const l = massOf(a, pans.left);
  const r = massOf(a, pans.right);
  if (item.task === 'heavier') return answer === (l > r ? 'left' : r > l ? 'right' : 'same');
  return pans.left.length > 0 && pans.right.length > 0 && Math.abs(l - r) < 1e-9;
}

/**
 * Whether a "balance" item can be solved: each thing on the shelf goes to the left pan, the
 * right pan or stays, and some choice levels the beam with something on both pans.
 */
export function canLevel(a: BalanceActivity, item: BalanceItem): boolean {
  return levelling(a, item) !== undefined;
}

/**
 * A way to level a "balance" item with as few things as it can: the places on the shelf (0 the
 * first) of what goes on the left pan and on the right; undefined when there is none. What the
 * teacher's reveal, and the answer shown after the last try, put on the pans.
 */
export function levelling(a: BalanceActivity, item: BalanceItem): { left: number[]; right: number[] } | undefined {
  type State = { diff: number; l: boolean; r: boolean; left: number[]; right: number[] };
  const key = (s: State) => `${Math.round(s.diff * 1e6)}|${s.l}|${s.r}`;
  const start: State = { diff: massOf(a, item.left) - massOf(a, item.right), l: item.left.length > 0, r: item.right.length > 0, left: [], right: [] };
  let states = new Map([[key(start), start]]);
  item.shelf.forEach((id, k) => {
    const m = massOf(a, [id]);
    const next = new Map(states);
    for (const s of states.values()) {
      const moves: State[] = [
        { diff: s.diff + m, l: true, r: s.r, left: [...s.left, k], right: s.right },
        { diff: s.diff - m, l: s.l, r: true, left: s.left, right: [...s.right, k] },
      ];
      for (const t of moves) {
        const had = next.get(key(t));
        if (!had || had.left.length + had.right.length > t.left.length + t.right.length) next.set(key(t), t);
      }
    }
    states = next;
  });
  const level = [...states.values()].filter((s) => s.l && s.r && Math.abs(s.diff) < 1e-9).sort((x, y) => x.left.length + x.right.length - (y.left.length + y.right.length))[0];
  return level && { left: level.left, right: level.right };
}

export interface BalancePlay {
  readonly index: number;
  readonly attempts: number;
  readonly scores: readonly number[];
}

export const startBalance = (): BalancePlay => ({ index: 0, attempts: 0, scores: [] });

export function answerBalance(a: BalanceActivity, play: BalancePlay, pans: Pans, answer?: 'left' | 'right' | 'same'): { play: BalancePlay; outcome: TryOutcome } {
  const item = a.items[play.index] as BalanceItem;
  const outcome = judgeTry(judgeBalance(a, item, pans, answer), play.attempts + 1, a.maxAttempts, a.hintAfter);
  if (outcome.type === 'wrong') return { play: { ...play, attempts: outcome.attempt }, outcome };
  return { play: { index: play.index + 1, attempts: 0, scores: [...play.scores, outcome.score] }, outcome };
}

/** What was on each pan, and the answer: evidence a teacher can read ("left=tao;right=khoi,khoi"). */
export function balanceEvidence(a: BalanceActivity, play: BalancePlay, pans: Pans, outcome: TryOutcome, prompt: Localized, answer?: string): AnswerEvidence {
  const item = a.items[play.index] as BalanceItem;
  const response = item.task === 'heavier' ? (answer ?? '') : `left=${pans.left.join(',')};right=${pans.right.join(',')}`;
  return {
    itemIndex: play.index,
    interactionType: item.task === 'heavier' ? 'choice' : 'other',
    prompt,
    ...(item.task === 'heavier' && {
      choices: (['left', 'right', 'same'] as const).map((id) => ({ id, description: id })),
      correctResponsesPattern: [massOf(a, pans.left) > massOf(a, pans.right) ? 'left' : massOf(a, pans.right) > massOf(a, pans.left) ? 'right' : 'same'],
    }),
    response,
    success: outcome.type === 'correct',
    attempt: outcome.attempt,
    hints: 0,
    competencies: a.competencies,
    completed: outcome.type !== 'wrong',
  };
}
