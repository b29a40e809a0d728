import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { shuffled, type Rng } from '../../random.ts';
import { composeSyllable, markStyleOf, normalizeVi, splitSyllable, type Syllable } from '../../vi/syllable.ts';
import { TONE_NAME, TONES, type Tone } from '../../vi/tones.ts';
import type { SyllableActivity } from './schema.ts';
import { judgeTry, type TryOutcome } from '../tries.ts';
import { summaryOf } from '../score.ts';

export type Part = 'onset' | 'rhyme' | 'tone';

/** Common âm đầu and vần of grade 1, the pool wrong cards come from when the file names none. */
const ONSET_POOL = ['b', 'c', 'd', 'đ', 'g', 'h', 'l', 'm', 'n', 't', 'v', 'x', 's', 'r', 'ch', 'nh', 'th', 'kh', 'ng', 'ph', 'tr'];
const RHYME_POOL = ['a', 'o', 'ô', 'ơ', 'e', 'ê', 'i', 'u', 'ư', 'an', 'am', 'at', 'ăn', 'ân', 'on', 'ôn', 'en', 'ên', 'in', 'ai', 'ao', 'ay', 'oi', 'ôi', 'ơi', 'ui', 'ia', 'ua', 'ưa', 'ang', 'anh', 'ong', 'ông', 'ung', 'inh', 'eo', 'iu'];

export interface SyllableRound {
  /** The syllable as the file writes it (shown once built). */
  text: string;
  target: Syllable;
  /** The rows of cards, in order: âm đầu (absent when the syllable has none), vần, thanh. */
  rows: { part: Part; options: string[] }[];
}

export interface SyllablePlay {
  readonly rounds: readonly SyllableRound[];
  readonly index: number;
  readonly chosen: Readonly<Partial<Record<Part, string>>>;
  readonly attempt: number;
  readonly scores: readonly number[];
  readonly maxAttempts: number;
}

export type SyllableOutcome =
  | { type: 'incomplete' }
  /** Wrong: `wrongParts` are the rows whose card was wrong (their choice is cleared). */
  | (TryOutcome & { built: string; wrongParts: Part[] });

function others(pool: readonly string[], not: string, own: readonly string[] | undefined, n: number, rng: Rng): string[] {
  const from = own?.length ? own : pool;
  const unique = [...new Set(from.map(normalizeVi))].filter((x) => x !== normalizeVi(not));
  return shuffled(unique, rng).slice(0, n);
}

export function startSyllable(a: SyllableActivity, rng: Rng): SyllablePlay {
  const rounds = a.items.map((it) => {
    const target = splitSyllable(it.syllable)!; // the schema refused what does not split
    const n = a.choices - 1;
    const rows: SyllableRound['rows'] = [];
    if (target.onset) rows.push({ part: 'onset', options: shuffled([target.onset, ...others(ONSET_POOL, target.onset, it.onsets, n, rng)], rng) });
    rows.push({ part: 'rhyme', options: shuffled([target.rhyme, ...others(RHYME_POOL, target.rhyme, it.rhymes, n, rng)], rng) });
    rows.push({ part: 'tone', options: shuffled([target.tone, ...others(TONES, target.tone, it.tones, n, rng)], rng) });
    return { text: it.syllable.normalize('NFC'), target, rows };
  });
  return { rounds, index: 0, chosen: {}, attempt: 1, scores: [], maxAttempts: a.maxAttempts };
}

export const currentRound = (p: SyllablePlay) => p.rounds[p.index]!;
export const syllableFinished = (p: SyllablePlay) => p.index >= p.rounds.length;

/** Pick a card in a row (picking it again takes it back). */
export function choosePart(p: SyllablePlay, part: Part, value: string): SyllablePlay {
  const chosen = { ...p.chosen };
  if (chosen[part] === value) delete chosen[part];
  else chosen[part] = value;
  return { ...p, chosen };
}

/** What the chosen cards write so far (the file's mark style), for the box above the rows. */
export function builtText(p: SyllablePlay): string {
  const round = currentRound(p);
  const style = markStyleOf(round.text) ?? 'new';
  const onset = round.target.onset ? (p.chosen.onset ?? '') : '';
  return composeSyllable({ onset, rhyme: p.chosen.rhyme ?? '', tone: (p.chosen.tone as Tone | undefined) ?? 'ngang' }, style);
}

const isComplete = (p: SyllablePlay) => currentRound(p).rows.every((r) => p.chosen[r.part] !== undefined);

/** Judge the built syllable once every row has a card. Right parts stay chosen after a wrong try. */
export function checkSyllable(p: SyllablePlay): { play: SyllablePlay; outcome: SyllableOutcome } {
  if (!isComplete(p)) return { play: p, outcome: { type: 'incomplete' } };
  const round = currentRound(p);
  const built = builtText(p);
  const wrongParts = round.rows.map((r) => r.part).filter((part) => p.chosen[part] !== round.target[part]);
  const judged = judgeTry(wrongParts.length === 0, p.attempt, p.maxAttempts);
  const outcome = { ...judged, built, wrongParts };
  if (judged.type === 'wrong') {
    const chosen = { ...p.chosen };
    for (const part of wrongParts) delete chosen[part];
    return { play: { ...p, chosen, attempt: p.attempt + 1 }, outcome };
  }
  const shown = judged.type === 'revealed' ? { onset: round.target.onset, rhyme: round.target.rhyme, tone: round.target.tone } : p.chosen;
  return { play: { ...p, chosen: shown, scores: [...p.scores, judged.score] }, outcome };
}

export function nextSyllable(p: SyllablePlay): SyllablePlay {
  return { ...p, index: p.index + 1, chosen: {}, attempt: 1 };
}

export const syllableSummary = (p: SyllablePlay) => summaryOf(p.scores);

/** The sound of an âm đầu as children spell it aloud: b "bờ", k "cờ", gh "gờ", qu "quờ". */
export function onsetSound(onset: string): string {
  const base = { k: 'c', gh: 'g', ngh: 'ng', q: 'qu' }[onset] ?? onset;
  return `${base}ờ`;
}

/**
 * Đánh vần, as a grade-1 class reads it: "bờ – a – ba – huyền – bà". Without an onset: "a – huyền – à".
 * The tone is named only when there is one.
 */
export function spellAloud(round: SyllableRound): string[] {
  const { onset, rhyme, tone } = round.target;
  const plain = composeSyllable({ onset, rhyme, tone: 'ngang' });
  const lines = onset ? [onsetSound(onset), rhyme, plain] : [rhyme];
  if (tone !== 'ngang') lines.push(TONE_NAME[tone].vi.replace('thanh ', ''));
  lines.push(round.text);
  return lines;
}

export function syllableEvidence(p: SyllablePlay, outcome: SyllableOutcome, competencies: string[]): AnswerEvidence | undefined {
  if (outcome.type === 'incomplete') return undefined;
  const round = currentRound(p);
  return {
    itemIndex: p.index,
    interactionType: 'fill-in',
    prompt: { vi: `Ghép vần: ${round.text}`, en: `Build the syllable: ${round.text}` },
    correctResponsesPattern: [round.text],
    response: outcome.built,
    success: outcome.type === 'correct',
    attempt: outcome.attempt,
    hints: 0,
    competencies,
    completed: outcome.type !== 'wrong',
  };
}
