import type * as Phaser from 'phaser';
import type { Twin, TwinSurface } from '../../contracts/twins.ts';
import { MIN_TARGET } from '../theme.ts';
import type { IconName } from './icons.ts';
import { drawRoundButton } from './round-face.ts';
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
  const g = scene.add.graphics();
  drawRoundButton(g, d, icon, look);
  const c = scene.add.container(x, y, [g]);
  const twin = makeTappable(c, { w: d, h: d }, twins, { name, onActivate });
  return { container: c, twin };
}
