import type * as Phaser from 'phaser';
import type { Twin, TwinSurface } from '../../contracts/twins.ts';
import { COLORS, MIN_TARGET } from '../theme.ts';
import { drawIcon, type IconName } from './icons.ts';
import { makeTappable } from './tappable.ts';

/** A round icon button (home, listen, replay) with its twin. */
export function roundButton(
  scene: Phaser.Scene,
  x: number,
  y: number,
  icon: IconName,
  name: string,
  twins: TwinSurface,
  onActivate: () => void,
  size = 84,
): { container: Phaser.GameObjects.Container; twin: Twin } {
  const d = Math.max(size, MIN_TARGET);
  const g = scene.add.graphics();
  g.fillStyle(COLORS.brand, 1).fillCircle(0, 4, d / 2);
  g.fillStyle(COLORS.card, 1).fillCircle(0, 0, d / 2 - 4);
  drawIcon(g, icon, d * 0.5, COLORS.brand);
  const c = scene.add.container(x, y, [g]);
  const twin = makeTappable(c, { w: d, h: d }, twins, { name, onActivate });
  return { container: c, twin };
}
