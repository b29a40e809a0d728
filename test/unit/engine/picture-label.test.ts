import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pictureLabelPlace } from '../../../src/engine/widgets/card-face.ts';

/** The thickest border a card face has (a right or a wrong card's). */
const BORDER = 10;

describe('a label under a picture on a card', () => {
  it('lies wholly inside the card\'s border, under the picture, whatever it wrapped to', () => {
    fc.assert(
      fc.property(fc.integer({ min: 90, max: 340 }), fc.double({ min: 0.2, max: 1.15, noNaN: true }), (h, fill) => {
        const labelH = Math.min(56, h * 0.3);
        // The card shrinks a label until it is at most its band and 8 more (CardFace's loop).
        const textH = (labelH + 8) * fill;
        const { labelY, picture } = pictureLabelPlace(h, labelH, textH);
        expect(labelY + textH / 2).toBeLessThanOrEqual(h / 2 - BORDER);
        expect(picture.y + picture.h / 2).toBeLessThanOrEqual(labelY - textH / 2);
        expect(picture.y - picture.h / 2).toBeGreaterThanOrEqual(-h / 2 + BORDER);
      }),
    );
  });

  it('keeps the picture as large as before when the label fits its band', () => {
    const { picture } = pictureLabelPlace(150, 45, 30);
    expect(picture.h).toBe(150 - 45 - 24);
    expect(picture.y).toBe(-45 / 2);
  });

  it('raises a two-line label (the sort card "tròn xanh dương") and gives the picture what is left', () => {
    const { labelY, picture } = pictureLabelPlace(150, 45, 52);
    expect(labelY + 26).toBeLessThanOrEqual(75 - 12);
    expect(picture.h).toBeLessThan(150 - 45 - 24);
  });
});
