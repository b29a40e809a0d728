import type { Localized } from '../../activity/lang.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { generateItems } from '../../math/generate.ts';
import { seededRng } from '../../random.ts';
import type { NumericActivity } from './schema.ts';
import { judgeTry, type TryOutcome } from '../tries.ts';

export type Side = number | { count: number; image: Localized };
export type Relation = '<' | '>' | '=';
export type NumericItem =
  | { type: 'typed'; prompt: Localized; image?: Localized; audio?: Localized; answer: number }
  | { type: 'compare'; prompt?: Localized; sides: [Side, Side]; answer: Relation };

const sideValue = (s: Side) => (typeof s === 'number' ? s : s.count);
const relation = (a: number, b: number): Relation => (a < b ? '<' : a > b ? '>' : '=');

/** The items to play: as listed, or generated from the seed (the same on every tablet). */
export function numericItems(a: NumericActivity): NumericItem[] {
  if (a.generate) {
    return generateItems(a.generate, seededRng(a.generate.seed)).flatMap((g): NumericItem[] => {
      if ('compare' in g) return [{ type: 'compare', sides: g.compare, answer: g.answer }];
      if ('prompt' in g) return [{ type: 'typed', prompt: g.prompt, answer: g.answer }];
      return [];
    });
  }
  return (a.items ?? []).map((it): NumericItem => {
    if ('compare' in it) {
      const item: NumericItem = { type: 'compare', sides: it.compare, answer: relation(sideValue(it.compare[0]), sideValue(it.compare[1])) };
      if (it.prompt) item.prompt = it.prompt;
      return item;
    }
    return { type: 'typed', ...it };
  });
}

export interface NumericPlay {
  readonly items: readonly NumericItem[];
  readonly index: number;
  readonly attempts: number;
  readonly scores: readonly number[];
  readonly maxAttempts: number;
}

export const startNumeric = (a: NumericActivity): NumericPlay => ({ items: numericItems(a), index: 0, attempts: 0, scores: [], maxAttempts: a.maxAttempts });

/** Answer the current item: digits for a typed item, "<", ">" or "=" for a comparison. */
export function answerNumeric(play: NumericPlay, response: string): { play: NumericPlay; outcome: TryOutcome | { type: 'ignored' } } {
  const item = play.items[play.index];
  if (!item || response.trim() === '') return { play, outcome: { type: 'ignored' } };
  const right = item.type === 'typed' ? Number(response) === item.answer : response === item.answer;
  const outcome = judgeTry(right, play.attempts + 1, play.maxAttempts);
  if (outcome.type === 'wrong') return { play: { ...play, attempts: outcome.attempt }, outcome };
  return { play: { ...play, index: play.index + 1, attempts: 0, scores: [...play.scores, outcome.score] }, outcome };
}

const RELATION_IDS: Record<Relation, string> = { '<': 'lt', '>': 'gt', '=': 'eq' };

/** A typed answer is an xAPI numeric interaction; a comparison, a choice among <, >, =. */
export function numericEvidence(play: NumericPlay, response: string, outcome: TryOutcome, competencies: string[]): AnswerEvidence | undefined {
  const item = play.items[play.index];
  if (!item) return undefined;
  const base = { itemIndex: play.index, success: outcome.type === 'correct', attempt: outcome.attempt, hints: 0, competencies, completed: outcome.type !== 'wrong' };
  if (item.type === 'typed') {
    return { ...base, interactionType: 'numeric', prompt: item.prompt, correctResponsesPattern: [String(item.answer)], response: String(Number(response)) };
  }
  const [a, b] = item.sides;
  return {
    ...base,
    interactionType: 'choice',
    prompt: item.prompt ?? `${sideValue(a)} ? ${sideValue(b)}`,
    choices: (['<', '>', '='] as const).map((r) => ({ id: RELATION_IDS[r], description: r })),
    correctResponsesPattern: [RELATION_IDS[item.answer]],
    response: RELATION_IDS[response as Relation] ?? response,
  };
}
