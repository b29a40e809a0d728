import type * as Phaser from 'phaser';
import type { TwinSurface } from '../../contracts/twins.ts';
import { COLORS, textStyle } from '../theme.ts';
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
      const size = key.length === 1 ? 56 : 28;
      const text = scene.add.text(0, 0, label, textStyle(size, { color: key === 'done' ? '#ffffff' : '#1d2b3a' })).setOrigin(0.5);
      const container = scene.add.container(x + c * (w + gap), y + r * (h + gap), [g, text]);
      makeTappable(container, { w, h }, twins, { name: label, onActivate: () => onKey(key) });
      return container;
    }),
  );
}
