import type { LocalizedText } from '../../activity/lang.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { shuffled, type Rng } from '../../random.ts';
import type { ChoiceActivity, ChoiceItem } from './schema.ts';
import { itemScore, starsFor } from '../score.ts';

/** The outcome of one result of a question: how it ended and how it is scored. */
export interface ItemResult {
  item: number;
  success: boolean;
  attempts: number;
  hints: number;
  /** The answer was shown after the last wrong try. */
  revealed: boolean;
  /** 1 right at the first try, 0.5 right later, 0 shown. */
  score: number;
}

/** One play of a choice activity. Plain data: the rules below return new plays. */
export interface ChoicePlay {
  readonly activity: ChoiceActivity;
  readonly index: number;
  /** For each item, the option indices in the order they are shown. */
  readonly order: readonly (readonly number[])[];
  readonly attempts: number;
  readonly hints: number;
  /** Options faded by hints for the current item. */
  readonly eliminated: readonly number[];
  /** The current item has been answered right or shown; waiting for `nextItem`. */
  readonly itemDone: boolean;
  readonly results: readonly ItemResult[];
}

export type ChoiceOutcome =
  | { type: 'correct'; attempt: number; result: ItemResult }
  | { type: 'wrong'; attempt: number; attemptsLeft: number; hint?: ChoiceHint }
  | { type: 'revealed'; attempt: number; correct: number[]; result: ItemResult }
  /** An answer that came when none was expected (a double tap after the item ended). */
  | { type: 'ignored' };

export interface ChoiceHint {
  text?: LocalizedText;
  /** An option index to fade out. */
  eliminate?: number;
}

export function correctIndices(item: ChoiceItem): number[] {
  return item.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** Several right options: the child selects them all, then checks. */
export function isMultiple(item: ChoiceItem): boolean {
  return correctIndices(item).length > 1;
}

/** The option id used in responses and evidence: a, b, c… by position in the file. */
export function optionId(index: number): string {
  return String.fromCharCode(97 + index);
}

export function startChoice(activity: ChoiceActivity, rng: Rng): ChoicePlay {
  const order = activity.items.map((it) => {
    const idx = it.options.map((_, i) => i);
    return activity.shuffle ? shuffled(idx, rng) : idx;
  });
  return { activity, index: 0, order, attempts: 0, hints: 0, eliminated: [], itemDone: false, results: [] };
}

export function currentItem(play: ChoicePlay): ChoiceItem {
  const item = play.activity.items[play.index];
  if (!item) throw new Error(`no item ${play.index}`);
  return item;
}

export function choiceFinished(play: ChoicePlay): boolean {
  return play.index >= play.activity.items.length;
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const sa = new Set(a);
  return sa.size === new Set(b).size && b.every((x) => sa.has(x));
}

/** Answer the current item with the selected option indices. */
export function answerChoice(play: ChoicePlay, selected: readonly number[]): { play: ChoicePlay; outcome: ChoiceOutcome } {
  if (choiceFinished(play) || play.itemDone || selected.length === 0) return { play, outcome: { type: 'ignored' } };
  const item = currentItem(play);
  const correct = correctIndices(item);
  const attempt = play.attempts + 1;
  if (sameSet(selected, correct)) {
    const result: ItemResult = {
      item: play.index,
      success: true,
      attempts: attempt,
      hints: play.hints,
      revealed: false,
      score: itemScore(true, attempt),
    };
    return { play: finishItem(play, attempt, result), outcome: { type: 'correct', attempt, result } };
  }
  const { maxAttempts, hintAfter } = play.activity;
  if (attempt >= maxAttempts) {
    const result: ItemResult = { item: play.index, success: false, attempts: attempt, hints: play.hints, revealed: true, score: 0 };
    return { play: finishItem(play, attempt, result), outcome: { type: 'revealed', attempt, correct, result } };
  }
  const hint = hintAfter > 0 && attempt >= hintAfter ? makeHint(play, item, correct, selected, attempt === hintAfter) : undefined;
  const next: ChoicePlay = {
    ...play,
    attempts: attempt,
    hints: play.hints + (hint ? 1 : 0),
    eliminated: hint?.eliminate !== undefined ? [...play.eliminated, hint.eliminate] : play.eliminated,
  };
  const outcome: ChoiceOutcome = { type: 'wrong', attempt, attemptsLeft: maxAttempts - attempt };
  if (hint) outcome.hint = hint;
  return { play: next, outcome };
}

/**
 * A hint fades one wrong option that is still shown, preferring one the child just picked
 * (so they are not tempted twice), and never leaves fewer than two options to choose from.
 * The hint text, if the item has one, comes with the first hint only.
 */
function makeHint(play: ChoicePlay, item: ChoiceItem, correct: number[], selected: readonly number[], first: boolean): ChoiceHint | undefined {
  const shown = item.options.map((_, i) => i).filter((i) => !play.eliminated.includes(i));
  const wrongShown = shown.filter((i) => !correct.includes(i));
  const canFade = shown.length - 1 >= Math.max(2, correct.length + 1);
  const pickFrom = wrongShown.filter((i) => selected.includes(i));
  const fade = canFade ? (pickFrom[0] ?? wrongShown[0]) : undefined;
  const hint: ChoiceHint = {};
  if (first && item.hint !== undefined) hint.text = item.hint;
  if (fade !== undefined) hint.eliminate = fade;
  return hint.text !== undefined || hint.eliminate !== undefined ? hint : undefined;
}

function finishItem(play: ChoicePlay, attempts: number, result: ItemResult): ChoicePlay {
  return { ...play, attempts, itemDone: true, results: [...play.results, result] };
}

/** Go on to the next item once the current one is done. */
export function nextItem(play: ChoicePlay): ChoicePlay {
  if (!play.itemDone) return play;
  return { ...play, index: play.index + 1, attempts: 0, hints: 0, eliminated: [], itemDone: false };
}

/**
 * The teacher shows the answer (projector): the item ends unanswered, scoring 0. No answer of
 * the child's is recorded for it.
 */
export function revealChoice(play: ChoicePlay): { play: ChoicePlay; outcome: ChoiceOutcome } {
  if (choiceFinished(play) || play.itemDone) return { play, outcome: { type: 'ignored' } };
  const result: ItemResult = { item: play.index, success: false, attempts: play.attempts, hints: play.hints, revealed: true, score: 0 };
  return { play: finishItem(play, play.attempts, result), outcome: { type: 'revealed', attempt: play.attempts, correct: correctIndices(currentItem(play)), result } };
}

/** Back to the item before (the teacher's "previous"): what was scored from there on is dropped. */
export function previousItem(play: ChoicePlay): ChoicePlay {
  const to = Math.max(0, Math.min(play.index, play.activity.items.length) - 1);
  return { ...play, index: to, attempts: 0, hints: 0, eliminated: [], itemDone: false, results: play.results.filter((r) => r.item < to) };
}

/** A checkpoint read back after a reload, for this activity (the file may have changed since). */
export function resumeChoice(saved: unknown, activity: ChoiceActivity): ChoicePlay | undefined {
  // Checkpoints saved before the kinds shared one contract named the item `itemIndex`.
  const old = saved as (ChoicePlay & { itemIndex?: number }) | undefined;
  const p = old && old.index === undefined && old.itemIndex !== undefined ? { ...old, index: old.itemIndex } : old;
  const n = activity.items.length;
  const ok =
    !!p && typeof p === 'object' && Number.isInteger(p.index) && p.index >= 0 && p.index < n &&
    Array.isArray(p.order) && p.order.length === n &&
    p.order.every((o, i) => Array.isArray(o) && o.length === activity.items[i]?.options.length) &&
    Array.isArray(p.results) && p.results.every((r) => r && typeof r.score === 'number' && r.item < p.index);
  return ok ? { ...p, activity, attempts: 0, hints: 0, eliminated: [], itemDone: false } : undefined;
}

export interface ChoiceSummary {
  raw: number;
  max: number;
  scaled: number;
  /** 1 to 3: every child who finishes earns at least one star. */
  stars: 1 | 2 | 3;
}

export function choiceSummary(play: ChoicePlay): ChoiceSummary {
  const max = play.activity.items.length;
  const raw = play.results.reduce((s, r) => s + r.score, 0);
  const scaled = max === 0 ? 0 : raw / max;
  return { raw, max, scaled, stars: starsFor(scaled) };
}

/** What one answer is evidence of, in xAPI terms (the statement around it is built in evidence/). */
export function choiceEvidence(play: ChoicePlay, selected: readonly number[], outcome: ChoiceOutcome): AnswerEvidence | undefined {
  if (outcome.type === 'ignored') return undefined;
  const item = currentItem(play);
  return {
    itemIndex: play.index,
    interactionType: 'choice',
    prompt: item.prompt,
    choices: item.options.map((o, i) => ({ id: optionId(i), description: o.text ?? o.image ?? optionId(i) })),
    correctResponsesPattern: [correctIndices(item).map(optionId).join('[,]')],
    response: [...selected].sort((a, b) => a - b).map(optionId).join('[,]'),
    success: outcome.type === 'correct',
    attempt: outcome.attempt,
    hints: outcome.type === 'wrong' ? play.hints + (outcome.hint ? 1 : 0) : outcome.result.hints,
    competencies: item.competencies ?? play.activity.competencies,
    completed: outcome.type !== 'wrong',
  };
}
