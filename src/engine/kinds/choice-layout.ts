import { DESIGN } from '../theme.ts';

// Where a choice item's parts go at the design size: plain arithmetic, shared by its scene (choice.ts)
// and by its first item drawn before the engine has loaded (src/app/first-item/), so the two match.

/** The fixed places: the progress dots, the prompt, the item's picture, a hint under the prompt. */
export const CHOICE_PLACES = {
  progress: { y: 36, gap: 30, r: 10 },
  prompt: { y: 110, size: 40, wrap: 1000 },
  image: { y: 245, w: 300, h: 140 },
  hint: { y: 160, size: 28, color: '#3d5a80' },
  check: { y: 660 },
} as const;

/** The x of each progress dot, one per item. */
export function progressDots(total: number): number[] {
  return Array.from({ length: total }, (_, i) => DESIGN.width / 2 + (i - (total - 1) / 2) * CHOICE_PLACES.progress.gap);
}

/** A card's centre and size. */
export interface CardPlace {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The answer cards, in the order shown: in the middle of the room left under the prompt (and picture), above a "check" button when several are right. */
export function cardPlaces(count: number, opts: { image: boolean; multiple: boolean }): CardPlace[] {
  const top = opts.image ? 330 : 190;
  const bottom = opts.multiple ? 600 : 690;
  const cols = count <= 4 ? count : 3;
  const rows = Math.ceil(count / cols);
  const gap = 28;
  const w = Math.min(340, (1200 - gap * (cols - 1)) / cols);
  const h = Math.min(340, (bottom - top - gap * (rows - 1)) / rows);
  const firstY = top + (bottom - top - (rows * h + (rows - 1) * gap)) / 2;
  return Array.from({ length: count }, (_, slot) => {
    const row = Math.floor(slot / cols);
    const inRow = Math.min(cols, count - row * cols);
    const col = slot % cols;
    return { x: DESIGN.width / 2 + (col - (inRow - 1) / 2) * (w + gap), y: firstY + h / 2 + row * (h + gap), w, h };
  });
}

/** The item's picture drawn within its box, never larger than it comes. */
export const imageScale = (w: number, h: number): number => Math.min(CHOICE_PLACES.image.w / w, CHOICE_PLACES.image.h / h);
