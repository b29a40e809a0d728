import type * as Phaser from 'phaser';
import type { TwinSurface } from '../../contracts/twins.ts';
import { COLORS, textStyle } from '../theme.ts';
import { drawIcon, type IconName } from './icons.ts';
import { makeTappable } from './tappable.ts';

export type KeypadKey = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'erase' | 'done';
const ROWS: KeypadKey[][] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['erase', '0', 'done'],
];

/**
 * A big on-screen number pad: the device keyboard never pops up, and every key is a large
 * target with its twin. Keys are drawn around (x, y), the top-left key's centre.
 */
function iconOf(scene: Phaser.Scene, icon: IconName, color: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  drawIcon(g, icon, 52, color);
  return g;
}

export function keypad(scene: Phaser.Scene, x: number, y: number, twins: TwinSurface, names: { erase: string; done: string }, onKey: (k: KeypadKey) => void): Phaser.GameObjects.Container[] {
  const w = 116;
  const h = 96;
  const gap = 14;
  return ROWS.flatMap((row, r) =>
    row.map((key, c) => {
      const g = scene.add.graphics();
      const fill = key === 'done' ? COLORS.ok : key === 'erase' ? COLORS.starEmpty : COLORS.card;
      g.fillStyle(COLORS.brand, 1).fillRoundedRect(-w / 2, -h / 2 + 5, w, h, 20);
      g.fillStyle(fill, 1).fillRoundedRect(-w / 2 + 4, -h / 2 + 4, w - 8, h - 8, 18);
      const label = key === 'erase' ? names.erase : key === 'done' ? names.done : key;
      // Erase and done are icons (⌫, ✓) a child who cannot read knows; their twins say the word.
      const face: Phaser.GameObjects.GameObject =
        key === 'erase' || key === 'done' ? iconOf(scene, key === 'erase' ? 'erase' : 'check', key === 'done' ? COLORS.card : COLORS.ink) : scene.add.text(0, 0, label, textStyle(56)).setOrigin(0.5);
      const container = scene.add.container(x + c * (w + gap), y + r * (h + gap), [g, face]);
      makeTappable(container, { w, h }, twins, { name: label, onActivate: () => onKey(key) });
      return container;
    }),
  );
}
