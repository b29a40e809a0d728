import { describe, expect, it } from 'vitest';
import { pathLayout, type Spot } from '../../../src/engine/kinds/path-layout.ts';
import { DESIGN } from '../../../src/engine/theme.ts';

/** The design area's scale on a screen (Phaser's EXPAND fits it whole), and the game's size there. */
function game(screenW: number, screenH: number) {
  const scale = Math.min(screenW / DESIGN.width, screenH / DESIGN.height);
  return { scale, w: screenW / scale, h: screenH / scale };
}
const box = (s: Spot) => ({ x: s.x - s.size / 2, y: s.y - s.size / 2, w: s.size, h: s.size });
const centred = (b: { x: number; y: number; w: number; h: number }) => ({ x: b.x - b.w / 2, y: b.y - b.h / 2, w: b.w, h: b.h });
const meets = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('where the robot\'s cards go', () => {
  it('beside the grid on a screen on its side: the cards of a 4:3 tablet are 64 px or more', () => {
    const g = game(1024, 768);
    const l = pathLayout(g.w, g.h);
    expect(l.tall).toBe(false);
    for (let i = 0; i < 12; i++) expect(l.program(i).size * g.scale).toBeGreaterThanOrEqual(64);
  });

  it('under the grid on a portrait tablet: every card and button 64 px or more, twenty program cards on the screen, none on another', () => {
    const g = game(768, 1024);
    const l = pathLayout(g.w, g.h);
    expect(l.tall).toBe(true);
    const things = [...[0, 1, 2, 3, 4, 5].map((k) => box(l.palette(k))), ...Array.from({ length: 20 }, (_, i) => box(l.program(i))), centred(l.clear), centred(l.run)];
    const visible = { top: (DESIGN.height - g.h) / 2, bottom: (DESIGN.height + g.h) / 2 };
    const grid = l.grid;
    for (const [i, t] of things.entries()) {
      expect(Math.min(t.w, t.h) * g.scale).toBeGreaterThanOrEqual(64);
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.w).toBeLessThanOrEqual(DESIGN.width);
      expect(t.y + t.h).toBeLessThanOrEqual(visible.bottom);
      expect(meets(t, grid)).toBe(false);
      for (const u of things.slice(i + 1)) expect(meets(t, u)).toBe(false);
    }
  });
});
