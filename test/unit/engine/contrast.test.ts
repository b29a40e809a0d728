import { describe, expect, it } from 'vitest';
import { COLORS } from '../../../src/engine/theme.ts';

/** WCAG 2 contrast ratio of two 0xRRGGBB colours. */
function contrast(a: number, b: number): number {
  const lum = (c: number) => {
    const [r, g, bl] = [16, 8, 0].map((s) => ((c >> s) & 255) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast of what a child must find on the paper', () => {
  it('the end screen\'s big ▶ (a filled round button): the glyph on its button and the button on the paper, 3:1 or more', () => {
    expect(contrast(COLORS.card, COLORS.brand)).toBeGreaterThanOrEqual(3);
    expect(contrast(COLORS.brand, COLORS.paper)).toBeGreaterThanOrEqual(3);
  });

  it('a plain round button shows its edge by its navy ring, not by its white face on cream', () => {
    expect(contrast(COLORS.card, COLORS.paper)).toBeLessThan(3);
    expect(contrast(COLORS.brand, COLORS.paper)).toBeGreaterThanOrEqual(3);
    expect(contrast(COLORS.brand, COLORS.card)).toBeGreaterThanOrEqual(3);
  });
});
