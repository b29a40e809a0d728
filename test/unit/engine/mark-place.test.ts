import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markPlace } from '../../../src/engine/widgets/card-face.ts';

/** The ✓ / ✕ tab of a card, with its white ring (3 px), as a box. */
const markBox = (m: { x: number; y: number; r: number }) => ({ x: m.x - m.r - 3, y: m.y - m.r - 3, w: 2 * m.r + 6, h: 2 * m.r + 6 });
const meets = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('where a card puts its mark', () => {
  it('never on the label, whatever the card and the label', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 400 }), fc.integer({ min: 60, max: 340 }), fc.double({ min: 0.1, max: 1 }), fc.double({ min: 0.1, max: 1 }), fc.double({ min: -0.5, max: 0.5 }), (w, h, fw, fh, dy) => {
        // A label centred across the card (as CardFace draws it), up to its whole size, placed anywhere inside.
        const tw = (w - 24) * fw;
        const th = h * fh;
        const text = { x: -tw / 2, y: Math.max(-h / 2, Math.min(h / 2 - th, dy * h - th / 2)), w: tw, h: th };
        expect(meets(markBox(markPlace(w, h, text)), text)).toBe(false);
      }),
    );
  });

  it('sits on the card\'s top-right corner when the label leaves room', () => {
    const m = markPlace(200, 150, { x: -40, y: -20, w: 80, h: 40 });
    expect(m.x).toBeGreaterThan(60);
    expect(m.y).toBeLessThan(-50);
    expect(m.y + m.r).toBeGreaterThan(-75);
  });
});
