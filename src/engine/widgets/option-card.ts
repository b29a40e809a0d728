import * as Phaser from 'phaser';
import type { Twin, TwinLayer } from '../../ui/twins.ts';
import { COLORS, textStyle } from '../theme.ts';
import { drawIcon } from './icons.ts';
import { makeTappable } from './tappable.ts';

export type CardLook = 'idle' | 'selected' | 'correct' | 'wrong' | 'faded';

export interface OptionCardSpec {
  x: number;
  y: number;
  w: number;
  h: number;
  label?: string;
  /** A loaded texture key. */
  image?: string;
  name: string;
  onActivate(): void;
}

/**
 * An answer card: picture and/or word on a rounded card. Right and wrong are shown by a mark
 * (✓ / ✗) and a border, never by colour alone.
 */
export class OptionCard {
  readonly container: Phaser.GameObjects.Container;
  readonly twin: Twin;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly mark: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly spec: OptionCardSpec,
    twins: TwinLayer,
  ) {
    const { w, h } = spec;
    this.bg = scene.add.graphics();
    this.mark = scene.add.graphics();
    const parts: Phaser.GameObjects.GameObject[] = [this.bg];
    const labelH = spec.label ? (spec.image ? 56 : h) : 0;
    if (spec.image) {
      const img = scene.add.image(0, -labelH / 2, spec.image);
      const room = { w: w - 32, h: h - labelH - 32 };
      img.setScale(Math.min(room.w / img.width, room.h / img.height));
      parts.push(img);
    }
    if (spec.label) {
      const size = spec.image ? 34 : Math.min(72, Math.max(34, Math.floor((w - 40) / Math.max(4, spec.label.length * 0.6))));
      const text = scene.add.text(0, spec.image ? h / 2 - labelH / 2 - 8 : 0, spec.label, textStyle(size, { wordWrap: { width: w - 32, useAdvancedWrap: true } }));
      text.setOrigin(0.5);
      parts.push(text);
    }
    parts.push(this.mark);
    this.container = scene.add.container(spec.x, spec.y, parts);
    this.twin = makeTappable(this.container, { w, h }, twins, { name: spec.name, onActivate: spec.onActivate });
    this.setLook('idle');
  }

  setLook(look: CardLook): void {
    const { w, h } = this.spec;
    const border = { idle: COLORS.brand, selected: COLORS.selected, correct: COLORS.ok, wrong: COLORS.no, faded: COLORS.brand }[look];
    const fill = look === 'correct' ? COLORS.okFill : COLORS.card;
    const thick = look === 'idle' || look === 'faded' ? 5 : 10;
    this.bg.clear();
    this.bg.fillStyle(border, 1).fillRoundedRect(-w / 2, -h / 2 + 6, w, h, 26);
    this.bg.fillStyle(border, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 26);
    this.bg.fillStyle(fill, 1).fillRoundedRect(-w / 2 + thick, -h / 2 + thick, w - 2 * thick, h - 2 * thick, 26 - thick / 2);
    this.mark.clear();
    if (look === 'correct' || look === 'wrong' || look === 'selected') {
      const color = look === 'correct' ? COLORS.ok : look === 'wrong' ? COLORS.no : COLORS.selected;
      this.mark.setPosition(w / 2 - 30, -h / 2 + 30);
      this.mark.fillStyle(color, 1).fillCircle(0, 0, 26);
      drawIcon(this.mark, look === 'wrong' ? 'cross' : 'check', 30, COLORS.card);
    }
    this.container.setAlpha(look === 'faded' ? 0.3 : 1);
  }

  /** A gentle no-shake for a wrong answer. */
  shake(): void {
    this.scene.tweens.add({ targets: this.container, x: this.spec.x + 14, duration: 60, yoyo: true, repeat: 3, onComplete: () => this.container.setX(this.spec.x) });
  }

  /** A happy pop for a right answer. */
  pop(): void {
    this.scene.tweens.add({ targets: this.container, scale: 1.08, duration: 160, yoyo: true, ease: 'Back.Out' });
  }
}
