import { describe, expect, it } from 'vitest';
import { endStyle, STICKERS, stickerFor } from '../../../../src/model/play/end-screen.ts';

describe('the end screen encourages and never judges publicly', () => {
  const tablet = { projector: false, namedLearner: true };
  it('a story ends on its own page, without stars, whoever reads it', () => {
    expect(endStyle({ kind: 'story', band: 'lop-2', ...tablet })).toBe('the-end');
    expect(endStyle({ kind: 'story', band: 'mn-4-5', projector: true, namedLearner: false })).toBe('the-end');
  });
  it('the mầm non bands get a celebration and a sticker, never (empty) stars', () => {
    for (const band of ['mn-3-4', 'mn-4-5', 'mn-5-6'] as const) expect(endStyle({ kind: 'choice', band, ...tablet })).toBe('celebration');
    expect(endStyle({ kind: 'trace', band: ['mn-5-6', 'lop-1'], ...tablet })).toBe('celebration');
  });
  it("a named child's stars are never shown on a projector; the whole class's are", () => {
    expect(endStyle({ kind: 'numeric', band: 'lop-1', projector: true, namedLearner: true })).toBe('celebration');
    expect(endStyle({ kind: 'numeric', band: 'lop-1', projector: true, namedLearner: false })).toBe('stars');
    expect(endStyle({ kind: 'numeric', band: 'lop-3', ...tablet })).toBe('stars');
  });
  it('a sticker is the same for the same activity and seed, and every sticker can come', () => {
    expect(stickerFor('mn-dem-vit', 7)).toBe(stickerFor('mn-dem-vit', 7));
    const seen = new Set(Array.from({ length: 200 }, (_, i) => stickerFor('mn-dem-vit', i)));
    expect([...seen].sort()).toEqual([...STICKERS].sort());
  });
});
