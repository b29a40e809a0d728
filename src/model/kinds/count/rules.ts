import type { Localized } from '../../activity/lang.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { generateItems } from '../../math/generate.ts';
import { seededRng, shuffled, type Rng } from '../../random.ts';
import type { CountActivity } from './schema.ts';
import { judgeTry, type TryOutcome } from '../tries.ts';

export interface CountItem {
  image: Localized;
  count: number;
  layout: 'scatter' | 'rows';
  prompt?: Localized;
  /** The three numbers offered, shuffled: the count and its neighbours. */
  options: number[];
}

/** Two taps on the same object closer than this are one tap (an eager finger). */
export const DOUBLE_TAP_MS = 350;

export function countItems(a: CountActivity, rng: Rng): CountItem[] {
  const listed = a.generate
    ? generateItems(a.generate, seededRng(a.generate.seed)).flatMap((g) => ('count' in g ? [{ count: g.count, layout: 'scatter' as const }] : []))
    : (a.items ?? []);
  return listed.map((it) => {
    const near = it.count === 1 ? [1, 2, 3] : [it.count - 1, it.count, it.count + 1];
    const item: CountItem = { image: ('image' in it && it.image) || a.image || '', count: it.count, layout: it.layout, options: shuffled(near, rng) };
    if ('prompt' in it && it.prompt) item.prompt = it.prompt;
    return item;
  });
}

export interface CountPlay {
  readonly items: readonly CountItem[];
  readonly index: number;
  /** The objects tapped so far, in order: object i says number (position + 1). */
  readonly tapped: readonly number[];
  readonly lastTap?: { object: number; at: number };
  readonly attempts: number;
  readonly scores: readonly number[];
  readonly maxAttempts: number;
}

export const startCount = (a: CountActivity, rng: Rng): CountPlay => ({ items: countItems(a, rng), index: 0, tapped: [], attempts: 0, scores: [], maxAttempts: a.maxAttempts });

export type TapOutcome = { type: 'counted'; number: number } | { type: 'uncounted'; number: number } | { type: 'ignored' };

/**
 * A tap on an object: an uncounted one gets the next number; the last counted one is
 * un-counted (the child takes it back); any other counted one is left alone; a second tap on
 * the same object within DOUBLE_TAP_MS is the same tap.
 */
export function tapObject(play: CountPlay, object: number, at: number): { play: CountPlay; outcome: TapOutcome } {
  const item = play.items[play.index];
  if (!item || object < 0 || object >= item.count) return { play, outcome: { type: 'ignored' } };
  if (play.lastTap?.object === object && at - play.lastTap.at < DOUBLE_TAP_MS) return { play, outcome: { type: 'ignored' } };
  const lastTap = { object, at };
  const position = play.tapped.indexOf(object);
  if (position < 0) return { play: { ...play, tapped: [...play.tapped, object], lastTap }, outcome: { type: 'counted', number: play.tapped.length + 1 } };
  if (position === play.tapped.length - 1) return { play: { ...play, tapped: play.tapped.slice(0, -1), lastTap }, outcome: { type: 'uncounted', number: position + 1 } };
  return { play: { ...play, lastTap }, outcome: { type: 'ignored' } };
}

export function answerCount(play: CountPlay, n: number): { play: CountPlay; outcome: TryOutcome | { type: 'ignored' } } {
  const item = play.items[play.index];
  if (!item) return { play, outcome: { type: 'ignored' } };
  const outcome = judgeTry(n === item.count, play.attempts + 1, play.maxAttempts);
  if (outcome.type === 'wrong') return { play: { ...play, attempts: outcome.attempt }, outcome };
  return { play: { ...play, index: play.index + 1, tapped: [], attempts: 0, scores: [...play.scores, outcome.score] }, outcome };
}

/** The answer is an xAPI numeric interaction; how many objects the child had counted goes with it. */
export function countEvidence(play: CountPlay, n: number, outcome: TryOutcome, competencies: string[], prompt: Localized): AnswerEvidence | undefined {
  const item = play.items[play.index];
  if (!item) return undefined;
  return {
    itemIndex: play.index,
    interactionType: 'numeric',
    prompt: item.prompt ?? prompt,
    correctResponsesPattern: [String(item.count)],
    response: String(n),
    success: outcome.type === 'correct',
    attempt: outcome.attempt,
    hints: 0,
    competencies,
    completed: outcome.type !== 'wrong',
  };
}
