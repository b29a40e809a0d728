import type { LocalizedText } from '../../activity/lang.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { shuffled, type Rng } from '../../random.ts';
import { itemScore, summaryOf } from '../score.ts';
import type { MemoryActivity } from './schema.ts';

/** A card on the table: `pair` is the index of its pair, `side` a or b. */
export interface MemoryCard {
  id: string;
  pair: number;
  side: 'a' | 'b';
}

export interface MemoryPlay {
  readonly cards: readonly MemoryCard[];
  /** Cards turned face up in the current turn (0, 1 or 2). */
  readonly up: readonly string[];
  readonly found: readonly number[];
  /** Cards the child has seen at least once. */
  readonly seen: readonly string[];
  /**
   * Per pair: turns that began with one of its cards and missed it although both its cards had
   * been seen before the turn (the child knew where both were: "should have known").
   */
  readonly lapses: Readonly<Record<number, number>>;
  readonly turns: number;
  /** Pairs the teacher turned up (they score 0). */
  readonly shown: readonly number[];
}

export type MemoryOutcome =
  | { type: 'ignored' }
  | { type: 'first'; card: string }
  | { type: 'pair'; cards: [string, string]; pair: number; attempt: number; done: boolean }
  /** Two cards that are not a pair: they turn back (the view waits a moment first). */
  | { type: 'miss'; cards: [string, string] };

export function startMemory(a: MemoryActivity, rng: Rng): MemoryPlay {
  const cards = a.pairs.flatMap((_, i) => [
    { id: `p${i + 1}a`, pair: i, side: 'a' as const },
    { id: `p${i + 1}b`, pair: i, side: 'b' as const },
  ]);
  return { cards: shuffled(cards, rng), up: [], found: [], seen: [], lapses: {}, turns: 0, shown: [] };
}

const cardOf = (p: MemoryPlay, id: string) => p.cards.find((c) => c.id === id);
const partner = (c: MemoryCard) => `p${c.pair + 1}${c.side === 'a' ? 'b' : 'a'}`;

/** Turn a card. The second card of a turn decides: a pair stays up, a miss turns back. */
export function turnCard(p: MemoryPlay, id: string): { play: MemoryPlay; outcome: MemoryOutcome } {
  const card = cardOf(p, id);
  if (!card || p.found.includes(card.pair) || p.shown.includes(card.pair) || p.up.includes(id) || p.up.length >= 2) return { play: p, outcome: { type: 'ignored' } };
  if (p.up.length === 0) return { play: { ...p, up: [id] }, outcome: { type: 'first', card: id } };
  const first = cardOf(p, p.up[0]!)!;
  const seenBefore = new Set(p.seen);
  const seen = [...new Set([...p.seen, first.id, id])];
  const turns = p.turns + 1;
  if (first.pair === card.pair) {
    const attempt = (p.lapses[card.pair] ?? 0) + 1;
    const found = [...p.found, card.pair];
    return {
      play: { ...p, up: [], found, seen, turns },
      outcome: { type: 'pair', cards: [first.id, id], pair: card.pair, attempt, done: (found.length + p.shown.length) * 2 === p.cards.length },
    };
  }
  // A lapse: the whole pair was known before the turn (both its cards seen), yet the child began
  // with one and missed the other. Turning a new card whose partner was seen once, long ago, is
  // the ordinary play of the game (a 4-year-old explores): it costs nothing.
  const lapses = { ...p.lapses };
  if (seenBefore.has(first.id) && seenBefore.has(partner(first))) lapses[first.pair] = (lapses[first.pair] ?? 0) + 1;
  return { play: { ...p, up: [first.id, id], seen, lapses, turns }, outcome: { type: 'miss', cards: [first.id, id] } };
}

/** After a miss has been seen: both cards turn back down. */
export const turnBack = (p: MemoryPlay): MemoryPlay => ({ ...p, up: [] });

export const memoryFinished = (p: MemoryPlay) => (p.found.length + p.shown.length) * 2 === p.cards.length;

/** The teacher turns every pair still hidden face up; those pairs score 0. */
export function revealMemory(p: MemoryPlay): { play: MemoryPlay; pairs: number[] } {
  const pairs = [...new Set(p.cards.map((c) => c.pair))].filter((pair) => !p.found.includes(pair) && !p.shown.includes(pair));
  return { play: { ...p, up: [], shown: [...p.shown, ...pairs] }, pairs };
}

/** A checkpoint read back after a reload: the same table (same seed), its found pairs kept. */
export function resumeMemory(saved: unknown, fresh: MemoryPlay): MemoryPlay | undefined {
  const p = saved as MemoryPlay | undefined;
  if (!p || typeof p !== 'object' || !Array.isArray(p.found) || !Array.isArray(p.shown) || !Array.isArray(p.seen) || !p.lapses) return undefined;
  if (JSON.stringify(p.cards) !== JSON.stringify(fresh.cards)) return undefined;
  const pairs = fresh.cards.length / 2;
  const ok = [...p.found, ...p.shown].every((x) => Number.isInteger(x) && x >= 0 && x < pairs);
  return ok ? { ...p, up: [] } : undefined;
}

/** Each pair scores by its lapses (1 with none, 0.5 with some): memory, not luck, is what counts. Shown pairs score 0. */
export function memorySummary(p: MemoryPlay) {
  return summaryOf([...p.found.map((pair) => itemScore(true, (p.lapses[pair] ?? 0) + 1)), ...p.shown.map(() => 0)]);
}

/** Evidence for a found pair: a matching of its two faces, with its lapses as the tries. */
export function memoryEvidence(a: MemoryActivity, outcome: MemoryOutcome, competencies: string[]): AnswerEvidence | undefined {
  if (outcome.type !== 'pair') return undefined;
  const pair = a.pairs[outcome.pair]!;
  const name = (f: typeof pair.a): LocalizedText => f.text ?? f.say ?? f.image ?? f.audio ?? '';
  return {
    itemIndex: outcome.pair,
    interactionType: 'matching',
    prompt: name(pair.a),
    source: [{ id: 'a', description: name(pair.a) }],
    target: [{ id: 'b', description: name(pair.b) }],
    correctResponsesPattern: ['a[.]b'],
    response: 'a[.]b',
    success: true,
    attempt: outcome.attempt,
    hints: 0,
    competencies,
    completed: true,
  };
}
