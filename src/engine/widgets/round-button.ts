import type * as Phaser from 'phaser';
import type { Twin, TwinSurface } from '../../contracts/twins.ts';
import { COLORS, MIN_TARGET } from '../theme.ts';
import { drawIcon, type IconName } from './icons.ts';
import { makeTappable } from './tappable.ts';

/**
 * A round icon button (home, listen, replay) with its twin. Its white face has a navy ring all
 * round (6.7:1 on the paper), so its edge shows at the top too, not only by its shadow below; a
 * `filled` one (the one step onward, as the end's big ▶) is navy with a white glyph (7:1).
 */
export function roundButton(
  scene: Phaser.Scene,
  x: number,
  y: number,
  icon: IconName,
  name: string,
  twins: TwinSurface,
  onActivate: () => void,
  size = 84,
  look: 'plain' | 'filled' = 'plain',
): { container: Phaser.GameObjects.Container; twin: Twin } {
  const d = Math.max(size, MIN_TARGET);
  const ring = Math.max(4, Math.round(d * 0.04));
  const g = scene.add.graphics();
  // A shadow under it: the button stands up from the page.
  g.fillStyle(look === 'filled' ? COLORS.ink : COLORS.brand, 1).fillCircle(0, 4, d / 2);
  if (look === 'filled') {
    g.fillStyle(COLORS.brand, 1).fillCircle(0, 0, d / 2);
    drawIcon(g, icon, d * 0.5, COLORS.card);
  } else {
    g.fillStyle(COLORS.brand, 1).fillCircle(0, 0, d / 2);
    g.fillStyle(COLORS.card, 1).fillCircle(0, 0, d / 2 - ring);
    drawIcon(g, icon, d * 0.5, COLORS.brand);
  }
  const c = scene.add.container(x, y, [g]);
  const twin = makeTappable(c, { w: d, h: d }, twins, { name, onActivate });
  return { container: c, twin };
}
