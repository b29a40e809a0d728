import type * as Phaser from 'phaser';
import type { PlayServices } from '../services.ts';
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

/**
 * …then the hint, as the activity's `hintAfter` says (the rules mark a wrong outcome `hint`
 * when it is due: model/kinds/tries.ts hintDue): once the wrong colour has been seen, `show`
 * shows it (points the way, or fades the wrong choice) and returns what the live region says
 * (by default "look here"). `still` guards against a screen that moved on meanwhile.
 */
export function thenHint(scene: Phaser.Scene, services: PlayServices, due: boolean, show: () => unknown, still: () => boolean = () => true): void {
  if (!due) return;
  scene.time.delayedCall(WRONG_HOLD_MS, () => {
    if (!scene.sys.isActive() || !still()) return;
    const said = show();
    services.announce(typeof said === 'string' ? said : services.t('hints.here'));
  });
}

/** How long a hint's pointer stays: long enough to be seen from the back of the class (it pulses). */
export const HINT_MS = 3000;

/**
 * The hint every kind shares where the answer has a place (a bin, a slot, a key, a card): a
 * thick ring in the "selected" colour pulses twice around `box`, with a fingertip pointing at it,
 * then goes. Drawn outside the box and off every neighbour's words: a big place (a bin) is pointed
 * at from inside, at its right edge, where no words or cards are; a card or a key from the ring's
 * outer bottom-right corner, the one spot a grid of cards leaves empty (from below or above, the
 * fingertip lay on the next row's word: on the ề of "huyền", on the rhyme "a").
 */
export function pointAt(scene: Phaser.Scene, box: Box): Phaser.GameObjects.Container {
  const ring = scene.add.graphics();
  ring.lineStyle(8, COLORS.selected, 1).strokeRoundedRect(box.x - 12, box.y - 12, box.w + 24, box.h + 24, 20);
  const inside = box.h >= 160;
  const finger = scene.add.graphics(inside ? { x: box.x + box.w - 44, y: box.y + box.h / 2 } : { x: box.x + box.w + 12, y: box.y + box.h + 12 });
  const r = inside ? 20 : 15;
  finger.fillStyle(COLORS.selected, 0.95).fillCircle(0, 0, r).lineStyle(4, COLORS.ink, 0.8).strokeCircle(0, 0, r);
  // The tip: up at the place inside a bin; up and to the left, at the card's corner, from outside.
  if (inside) finger.fillStyle(COLORS.ink, 0.8).fillTriangle(-10, -18, 10, -18, 0, -30);
  else finger.fillStyle(COLORS.ink, 0.8).fillTriangle(-14, -6, -6, -14, -20, -20);
  const c = scene.add.container(0, 0, [ring, finger]).setDepth(31);
  scene.tweens.add({ targets: c, alpha: { from: 1, to: 0.45 }, duration: HINT_MS / 6, yoyo: true, repeat: 2 });
  // A small nod towards the place (along the tip), never onto a neighbour.
  scene.tweens.add({ targets: finger, y: finger.y - (inside ? 10 : 4), x: finger.x - (inside ? 0 : 4), duration: HINT_MS / 6, yoyo: true, repeat: 2 });
  scene.time.delayedCall(HINT_MS, () => c.destroy());
  return c;
}
