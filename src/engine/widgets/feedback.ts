import type * as Phaser from 'phaser';
import { COLORS } from '../theme.ts';
import type { Box } from './card-face.ts';
import { drawIcon } from './icons.ts';

/**
 * The one feedback language of every kind (DESIGN.md §4), for what is not an option card (a
 * typed number, a pan, a robot's bump): a ✕ beside the thing that was wrong, a gentle shake,
 * about a second of the "wrong" colour (from the palette, so the colour-blind one is
 * respected), then it goes; a ✓ beside what is right. Always with a sound and the live region,
 * never instead of them. Option cards show the same through their looks (card-face.ts).
 */

/** How long the "wrong" colour stays: long enough for a child to see what was wrong. */
export const WRONG_HOLD_MS = 1000;

/** A gentle no-shake; with reduced motion the tweens jump to their end (game.ts), so it is still. */
export function shake(scene: Phaser.Scene, target: Phaser.GameObjects.Components.Transform): void {
  const x = target.x;
  scene.tweens.add({ targets: target, x: x + 14, duration: 60, yoyo: true, repeat: 3, onComplete: () => target.setX(x) });
}

/**
 * A ✓ or ✕ beside `box` (scene coordinates), never over it: right of the box, centred on its
 * height, with the box outlined in the look's colour. A wrong mark fades after WRONG_HOLD_MS
 * unless `hold` says otherwise (0: it stays until the scene clears it).
 */
export function markBox(scene: Phaser.Scene, box: Box, look: 'correct' | 'wrong', hold = look === 'wrong' ? WRONG_HOLD_MS : 0): Phaser.GameObjects.Container {
  const color = look === 'correct' ? COLORS.ok : COLORS.no;
  const r = 24;
  const g = scene.add.graphics();
  g.lineStyle(8, color, 1).strokeRoundedRect(box.x - 8, box.y - 8, box.w + 16, box.h + 16, 18);
  const badge = scene.add.graphics();
  badge.setPosition(box.x + box.w + 8 + r + 6, box.y + box.h / 2);
  badge.fillStyle(COLORS.card, 1).fillCircle(0, 0, r + 3);
  badge.fillStyle(color, 1).fillCircle(0, 0, r);
  drawIcon(badge, look === 'correct' ? 'check' : 'cross', r * 1.15, COLORS.card);
  const c = scene.add.container(0, 0, [g, badge]).setDepth(30);
  if (hold > 0) scene.time.delayedCall(hold, () => c.destroy());
  return c;
}

/** The box of a text object in the scene (for a number typed, a sign). */
export function boxOf(o: { getBounds(): Phaser.Geom.Rectangle }): Box {
  const b = o.getBounds();
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}
