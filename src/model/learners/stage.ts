import { BANDS, type Band } from '../activity/terms.ts';

/**
 * A learner's stage of schooling: a mầm non age group (mn-3-4, mn-4-5, mn-5-6) or a lớp of
 * tiểu học (lop-1 … lop-5), the same words as an activity's band so the menu can start there.
 * The stage decides which framework a child's evidence counts toward: the early-years
 * programme observes (never grades), Thông tư 27/2020 assesses primary pupils.
 */
export type Stage = Band;
export const STAGES = BANDS;
export type Schooling = 'mam-non' | 'tieu-hoc';

export const schoolingOf = (stage: Stage): Schooling => (stage.startsWith('mn-') ? 'mam-non' : 'tieu-hoc');
export const isStage = (x: unknown): x is Stage => typeof x === 'string' && (STAGES as readonly string[]).includes(x);
/** The grade of a pupil (1–5), undefined for a preschool child. */
export const gradeOf = (stage: Stage): number | undefined => (stage.startsWith('lop-') ? Number(stage.slice(4)) : undefined);

/** Where a score may show. */
export type Device = 'projector' | 'personal';

/**
 * Whether the end screen may show something score-like (stars, "3 of 5") for who plays now.
 * Thông tư 27 forbids comparing pupils and the early-years programme never grades: so never a
 * named child's result on a projector (the class sees it), and never empty stars for a
 * preschool child (a full row of stars, or none). The whole class on the projector is nobody in
 * particular: its result may show.
 */
export function mayShowScore(who: { stage?: Stage | undefined; named: boolean }, device: Device): boolean {
  if (device === 'projector') return !who.named;
  return true;
}

/** Whether stars a child did not earn may show as empty ones: never for a preschool child. */
export const mayShowEmptyStars = (stage: Stage | undefined) => stage === undefined || schoolingOf(stage) === 'tieu-hoc';
