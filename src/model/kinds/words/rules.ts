import { pick, type Lang } from '../../activity/lang.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { shuffled, type Rng } from '../../random.ts';
import { itemScore, summaryOf } from '../score.ts';
import type { WordsActivity, WordsItem } from './schema.ts';

/** One item laid out for one language: the slots to fill, in order, and the cards to fill them. */
export interface WordsRound {
  type: WordsItem['type'];
  /** What each slot takes. */
  slots: string[];
  /** Text around the slots: before[i] comes before slot i; `after` ends it ("." or the rest of a blank sentence). */
  before: string[];
  after: string;
  tiles: { id: string; text: string }[];
  /** The whole answer as read aloud. */
  answer: string;
}

const END_PUNCTUATION = /[.!?…,;:]+$/u;

/** Letters as a child sees them: one per base letter with its marks (NFC), spaces dropped. */
export const letters = (word: string) => Array.from(word.normalize('NFC').replace(/\s+/g, ''));

export function layoutRound(item: WordsItem, lang: Lang, rng: Rng): WordsRound {
  const extra = item.extra === undefined ? [] : Array.isArray(item.extra) ? item.extra : (item.extra[lang] ?? item.extra.vi ?? item.extra.en ?? []);
  let slots: string[];
  let before: string[];
  let after = '';
  let answer: string;
  if (item.type === 'spell') {
    answer = pick(item.word, lang).normalize('NFC');
    slots = item.by === 'syllable' ? answer.split(/\s+/) : letters(answer);
    before = slots.map(() => '');
  } else if (item.type === 'sentence') {
    const sentence = pick(item.sentence, lang).normalize('NFC').trim();
    after = END_PUNCTUATION.exec(sentence)?.[0] ?? '';
    slots = sentence.slice(0, sentence.length - after.length).split(/\s+/);
    before = slots.map(() => '');
    answer = sentence;
  } else {
    const [head = '', tail = ''] = pick(item.sentence, lang).normalize('NFC').split('___');
    const word = pick(item.answer, lang).normalize('NFC').trim();
    slots = [word];
    before = [head];
    after = tail;
    answer = `${head}${word}${tail}`;
  }
  const texts = [...slots, ...extra.map((x) => x.normalize('NFC'))];
  const tiles = shuffled(
    texts.map((text, i) => ({ id: `t${i + 1}`, text })),
    rng,
  );
  return { type: item.type, slots, before, after, tiles, answer };
}

export interface WordsPlay {
  readonly rounds: readonly WordsRound[];
  readonly index: number;
  /** slot index → tile id, for the current round. */
  readonly filled: Readonly<Record<number, string>>;
  /** Wrong drops per slot of the current round. */
  readonly wrong: Readonly<Record<number, number>>;
  readonly shown: number;
  readonly scores: readonly number[];
  readonly maxAttempts: number;
}

export type WordsOutcome =
  | { type: 'correct'; tile: string; slot: number; roundDone: boolean }
  | { type: 'wrong'; tile: string; slot: number; attemptsLeft: number }
  /** The last wrong try on a slot: `tile` (a right one) went into it instead. */
  | { type: 'shown'; tile: string; tried: string; slot: number; roundDone: boolean }
  | { type: 'ignored' };

export function startWords(a: WordsActivity, lang: Lang, rng: Rng): WordsPlay {
  return { rounds: a.items.map((it) => layoutRound(it, lang, rng)), index: 0, filled: {}, wrong: {}, shown: 0, scores: [], maxAttempts: a.maxAttempts };
}

export const currentWords = (p: WordsPlay) => p.rounds[p.index]!;
export const wordsFinished = (p: WordsPlay) => p.index >= p.rounds.length;
const used = (p: WordsPlay) => new Set(Object.values(p.filled));

/** A card dropped on a slot: right when its text is what the slot takes (any of equal cards will do). */
export function dropTile(p: WordsPlay, tileId: string, slot: number): { play: WordsPlay; outcome: WordsOutcome } {
  const round = currentWords(p);
  const tile = round.tiles.find((t) => t.id === tileId);
  const want = round.slots[slot];
  if (!tile || want === undefined || p.filled[slot] !== undefined || used(p).has(tileId)) return { play: p, outcome: { type: 'ignored' } };
  if (tile.text === want) {
    const play = settle(p, slot, tileId, false);
    return { play, outcome: { type: 'correct', tile: tileId, slot, roundDone: roundDone(play) } };
  }
  const wrong = (p.wrong[slot] ?? 0) + 1;
  if (wrong < p.maxAttempts) return { play: { ...p, wrong: { ...p.wrong, [slot]: wrong } }, outcome: { type: 'wrong', tile: tileId, slot, attemptsLeft: p.maxAttempts - wrong } };
  const right = round.tiles.find((t) => t.text === want && !used(p).has(t.id))!;
  const play = settle({ ...p, wrong: { ...p.wrong, [slot]: wrong } }, slot, right.id, true);
  return { play, outcome: { type: 'shown', tile: right.id, tried: tileId, slot, roundDone: roundDone(play) } };
}

const roundDone = (p: WordsPlay) => Object.keys(p.filled).length === currentWords(p).slots.length;

function settle(p: WordsPlay, slot: number, tile: string, shown: boolean): WordsPlay {
  return { ...p, filled: { ...p.filled, [slot]: tile }, shown: p.shown + (shown ? 1 : 0) };
}

/** The score of the round just finished: 1 with no wrong drop, 0.5 with some, 0 when a card was shown. */
export function roundScore(p: WordsPlay): { success: boolean; attempt: number; score: number } {
  const wrongs = Object.values(p.wrong).reduce((s, n) => s + n, 0);
  const success = p.shown === 0;
  const attempt = wrongs + 1;
  return { success, attempt, score: itemScore(success, attempt) };
}

/** The teacher shows the answer: every empty slot gets its right card, and the round scores 0. */
export function revealWords(p: WordsPlay): { play: WordsPlay; shown: { tile: string; slot: number }[] } {
  const round = currentWords(p);
  let play = p;
  const shown: { tile: string; slot: number }[] = [];
  round.slots.forEach((want, slot) => {
    if (play.filled[slot] !== undefined) return;
    const right = round.tiles.find((t) => t.text === want && !used(play).has(t.id));
    if (!right) return;
    play = settle(play, slot, right.id, true);
    shown.push({ tile: right.id, slot });
  });
  return { play, shown };
}

export function nextWords(p: WordsPlay): WordsPlay {
  return { ...p, scores: [...p.scores, roundScore(p).score], index: p.index + 1, filled: {}, wrong: {}, shown: 0 };
}

export const wordsSummary = (p: WordsPlay) => summaryOf(p.scores);

/** Evidence (from the play after the drop): each wrong drop (the item goes on), and the finished item with its whole answer. */
export function wordsEvidence(p: WordsPlay, outcome: WordsOutcome, competencies: string[]): AnswerEvidence | undefined {
  if (outcome.type === 'ignored') return undefined;
  const round = currentWords(p);
  const done = outcome.type !== 'wrong' && outcome.roundDone;
  if (outcome.type !== 'wrong' && !done) return undefined;
  const tileText = round.tiles.find((t) => t.id === outcome.tile)?.text ?? '';
  const { success, attempt } = done ? roundScore(p) : { success: false, attempt: Object.values(p.wrong).reduce((s, n) => s + n, 0) };
  return {
    itemIndex: p.index,
    interactionType: 'fill-in',
    prompt: round.answer,
    correctResponsesPattern: [round.answer],
    response: done ? round.answer : tileText,
    success,
    attempt,
    hints: 0,
    competencies,
    completed: done,
  };
}
