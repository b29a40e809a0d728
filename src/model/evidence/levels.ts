import type { CompetencyCell } from './rollup.ts';

/**
 * The level the software proposes for a quality or competency (Thông tư 27/2020): Tốt, Đạt,
 * Cần cố gắng, or "not enough evidence". The teacher decides; this is a proposal with its
 * evidence one click away.
 *
 * The rule: with fewer than MIN_EVIDENCE items answered, no proposal. Otherwise the mean score
 * of the latest items (up to 20; 1 right at the first try, 0.5 right later, 0 shown):
 * at least 0.8 → Tốt; at least 0.5 → Đạt; below → Cần cố gắng.
 */
export const LEVELS = ['tot', 'dat', 'can-co-gang'] as const;
export type Level = (typeof LEVELS)[number];
export type Proposal = Level | 'chua-du';

/** A subject's level (môn học, Thông tư 27/2020 điều 6): Hoàn thành tốt, Hoàn thành, Chưa hoàn thành. */
export const SUBJECT_LEVELS = ['htt', 'ht', 'cht'] as const;
export type SubjectLevel = (typeof SUBJECT_LEVELS)[number];
export type SubjectProposal = SubjectLevel | 'chua-du';

export const MIN_EVIDENCE = 4;
export const GOOD = 0.8;
export const PASS = 0.5;

export function proposeLevel(cell: Pick<CompetencyCell, 'recent'> | undefined): { level: Proposal; mean?: number } {
  const recent = cell?.recent ?? [];
  if (recent.length < MIN_EVIDENCE) return { level: 'chua-du' };
  const mean = recent.reduce((s, x) => s + x, 0) / recent.length;
  return { level: mean >= GOOD ? 'tot' : mean >= PASS ? 'dat' : 'can-co-gang', mean };
}

/**
 * A subject's proposal from the scores of the items tagged to it (the same thresholds as a
 * competency's, on the subject's own scale).
 */
export function proposeSubjectLevel(scores: readonly number[]): { level: SubjectProposal; mean?: number } {
  if (scores.length < MIN_EVIDENCE) return { level: 'chua-du' };
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  return { level: mean >= GOOD ? 'htt' : mean >= PASS ? 'ht' : 'cht', mean };
}

/** A decimal as the teacher's language writes it: "0,8" in Vietnamese, "0.8" in English. */
export const decimal = (x: number, lang: 'vi' | 'en') => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(x);

/** An observation the teacher wrote about a preschool child, dated (the programme's daily notes). */
export interface ObservationNote {
  at: string;
  text: string;
}

/**
 * What the teacher set for a learner and a code, stored beside the proposal: a level (a
 * competency's or, for a `mon.*` code, a subject's), a kết quả mong đợi marked at the end of a
 * stage (mầm non), dated observation notes, a comment (a nhận xét).
 */
export interface Judgement {
  learner: string;
  code: string;
  level?: Level | SubjectLevel;
  outcome?: 'shown' | 'not-yet';
  notes?: ObservationNote[];
  comment?: string;
  updatedAt: string;
}

/** Where a judgement is kept: one per learner and competency. */
export const judgementKey = (learner: string, code: string) => `${learner}|${code}`;
