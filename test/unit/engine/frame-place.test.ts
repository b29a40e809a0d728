import { describe, expect, it } from 'vitest';
import { FINGERTIP_PX, frameButtonPlace } from '../../../src/engine/scenes/frame-place.ts';
import { DESIGN } from '../../../src/engine/theme.ts';

/** The game's size and its CSS pixels per unit for a screen, as Phaser's EXPAND mode makes them. */
const screen = (w: number, h: number) => {
  const px = Math.min(w / DESIGN.width, h / DESIGN.height);
  return [w / px, h / px, px] as const;
};

describe('the frame\'s top buttons', () => {
  it('stay at the design area\'s corners, 84 units, on a projector and a 4:3 tablet', () => {
    expect(frameButtonPlace(...screen(1920, 1080))).toEqual({ size: 84, x: 64, y: 60 });
    expect(frameButtonPlace(...screen(1024, 768))).toEqual({ size: 84, x: 64, y: 60 });
    expect(frameButtonPlace(...screen(1280, 800))).toEqual({ size: 84, x: 64, y: 60 });
  });

  it('on a portrait tablet grow to a fingertip and go up into the paper above the activity', () => {
    for (const [w, h] of [[768, 1024], [800, 1280], [600, 960]] as const) {
      const [gw, gh, px] = screen(w, h);
      const p = frameButtonPlace(gw, gh, px);
      expect(p.size * px).toBeGreaterThanOrEqual(FINGERTIP_PX);
      // Wholly above the design area (y < 0 there) and on the screen.
      expect(p.y + p.size / 2).toBeLessThan(0);
      expect(p.y - p.size / 2).toBeGreaterThanOrEqual(-(gh - DESIGN.height) / 2);
      expect(p.x - p.size / 2).toBeGreaterThanOrEqual(-(gw - DESIGN.width) / 2);
    }
  });

  it('stay where the activity lays out around them when there is no paper above to go to', () => {
    // A phone on its side: small, but the design area fills the height.
    expect(frameButtonPlace(...screen(844, 390))).toEqual({ size: 84, x: 64, y: 60 });
  });
});
