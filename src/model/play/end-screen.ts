import type { BANDS } from '../activity/terms.ts';

type Band = (typeof BANDS)[number];

/**
 * What the end of an activity shows (DESIGN.md §4, "encourage, never judge publicly"):
 * - `the-end`: a story closes on its own "Hết" page, as a picture book does; a story is not scored.
 * - `celebration`: a sticker and a cheer, never stars, for the mầm non bands (no grade for the
 *   youngest: the preschool programme assesses by observation) and whenever a named child's
 *   result would be projected to the class (Thông tư 27: no comparing one pupil with another).
 * - `stars`: one to three stars, for a primary class on its own tablet, or the whole class.
 */
export type EndStyle = 'the-end' | 'celebration' | 'stars';

export interface EndContext {
  kind: string;
  band: Band | readonly Band[];
  /** The device is set up as a projector. */
  projector: boolean;
  /** A named child plays (not the whole class). */
  namedLearner: boolean;
}

export const isPreschool = (band: Band | readonly Band[]): boolean => (typeof band === 'string' ? [band] : band).some((b) => b.startsWith('mn-'));

export function endStyle(c: EndContext): EndStyle {
  if (c.kind === 'story') return 'the-end';
  if (isPreschool(c.band)) return 'celebration';
  if (c.projector && c.namedLearner) return 'celebration';
  return 'stars';
}

/** The sticker a finished activity gives: the same activity and seed always give the same one. */
export const STICKERS = ['sun', 'flower', 'balloon', 'star', 'heart', 'rainbow'] as const;
export type Sticker = (typeof STICKERS)[number];

export function stickerFor(activityId: string, seed: number): Sticker {
  let h = seed >>> 0;
  for (const ch of activityId) h = (Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0);
  return STICKERS[h % STICKERS.length]!;
}
