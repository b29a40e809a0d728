import { COLORS } from '../theme.ts';
import { drawIcon, type IconName, type Pen } from './icons.ts';

// No Phaser here (round-button.ts adds the button's twin and input): the first item drawn before the
// engine (src/app/first-item/) draws the same faces, and importing Phaser would load it.

/** A round button's face, `d` across, centred on the pen's (0, 0) (the engine's Graphics, or the first item's canvas). */
export function drawRoundButton(g: Pen, d: number, icon: IconName, look: 'plain' | 'filled' = 'plain'): void {
  const ring = Math.max(4, Math.round(d * 0.04));
  // A shadow under it: the button stands up from the page.
  g.fillStyle(look === 'filled' ? COLORS.ink : COLORS.brand, 1);
  g.fillCircle(0, 4, d / 2);
  g.fillStyle(COLORS.brand, 1);
  g.fillCircle(0, 0, d / 2);
  if (look === 'filled') return drawIcon(g, icon, d * 0.5, COLORS.card);
  g.fillStyle(COLORS.card, 1);
  g.fillCircle(0, 0, d / 2 - ring);
  drawIcon(g, icon, d * 0.5, COLORS.brand);
}
