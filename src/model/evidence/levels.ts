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

export const MIN_EVIDENCE = 4;
export const GOOD = 0.8;
export const PASS = 0.5;

export function proposeLevel(cell: Pick<CompetencyCell, 'recent'> | undefined): { level: Proposal; mean?: number } {
  const recent = cell?.recent ?? [];
  if (recent.length < MIN_EVIDENCE) return { level: 'chua-du' };
  const mean = recent.reduce((s, x) => s + x, 0) / recent.length;
  return { level: mean >= GOOD ? 'tot' : mean >= PASS ? 'dat' : 'can-co-gang', mean };
}

/** What the teacher set for a learner and a competency, stored beside the proposal. */
export interface Judgement {
  learner: string;
  code: string;
  level?: Level;
  comment?: string;
  updatedAt: string;
}

/** Where a judgement is kept: one per learner and competency. */
export const judgementKey = (learner: string, code: string) => `${learner}|${code}`;
