import * as Phaser from 'phaser';
import { COLORS, textStyle } from '../theme.ts';
import { drawIcon } from './icons.ts';

export type CardLook = 'idle' | 'selected' | 'correct' | 'wrong' | 'faded';

export interface CardContent {
  w: number;
  h: number;
  label?: string;
  /** A loaded texture key. */
  image?: string;
}

/**
 * A card: picture and/or word on a rounded card, in a container centred on (x, y). Right and
 * wrong are shown by a mark (✓ / ✗) and a border, never by colour alone.
 */
export class CardFace {
  readonly container: Phaser.GameObjects.Container;
  private readonly bg: Phaser.GameObjects.Graphics;
  private readonly mark: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    private readonly content: CardContent,
  ) {
    const { w, h, label, image } = content;
    this.bg = scene.add.graphics();
    this.mark = scene.add.graphics();
    const parts: Phaser.GameObjects.GameObject[] = [this.bg];
    const labelH = label ? (image ? Math.min(56, h * 0.3) : h) : 0;
    if (image && scene.textures.exists(image)) {
      const img = scene.add.image(0, -labelH / 2, image);
      const room = { w: w - 24, h: h - labelH - 24 };
      img.setScale(Math.min(room.w / img.width, room.h / img.height));
      parts.push(img);
    }
    if (label) {
      // As large as fits on one line (a word under a picture), within the card's height.
      const fit = Math.floor((w - 28) / Math.max(image ? 1 : 4, label.length * 0.58));
      const size = image ? Math.max(18, Math.min(34, labelH * 0.6, fit)) : Math.min(72, Math.max(24, Math.min(fit, h * 0.45)));
      const text = scene.add.text(0, image ? h / 2 - labelH / 2 - 6 : 0, label, textStyle(size, { wordWrap: { width: w - 24, useAdvancedWrap: true } }));
      text.setOrigin(0.5);
      parts.push(text);
    }
    parts.push(this.mark);
    this.container = scene.add.container(x, y, parts);
    this.setLook('idle');
  }

  get size(): { w: number; h: number } {
    return { w: this.content.w, h: this.content.h };
  }

  setLook(look: CardLook): void {
    const { w, h } = this.content;
    const border = { idle: COLORS.brand, selected: COLORS.selected, correct: COLORS.ok, wrong: COLORS.no, faded: COLORS.brand }[look];
    const fill = look === 'correct' ? COLORS.okFill : COLORS.card;
    const thick = look === 'idle' || look === 'faded' ? 5 : 10;
    const r = Math.min(26, h / 4);
    this.bg.clear();
    this.bg.fillStyle(border, 1).fillRoundedRect(-w / 2, -h / 2 + 6, w, h, r);
    this.bg.fillStyle(border, 1).fillRoundedRect(-w / 2, -h / 2, w, h, r);
    this.bg.fillStyle(fill, 1).fillRoundedRect(-w / 2 + thick, -h / 2 + thick, w - 2 * thick, h - 2 * thick, Math.max(4, r - thick / 2));
    this.mark.clear();
    if (look === 'correct' || look === 'wrong' || look === 'selected') {
      const color = look === 'correct' ? COLORS.ok : look === 'wrong' ? COLORS.no : COLORS.selected;
      const m = Math.min(26, h / 4);
      this.mark.setPosition(w / 2 - m - 4, -h / 2 + m + 4);
      this.mark.fillStyle(color, 1).fillCircle(0, 0, m);
      drawIcon(this.mark, look === 'wrong' ? 'cross' : 'check', m * 1.15, COLORS.card);
    }
    this.container.setAlpha(look === 'faded' ? 0.3 : 1);
  }

  /** A gentle no-shake for a wrong answer. */
  shake(): void {
    const x = this.container.x;
    this.scene.tweens.add({ targets: this.container, x: x + 14, duration: 60, yoyo: true, repeat: 3, onComplete: () => this.container.setX(x) });
  }

  /** A happy pop for a right answer. */
  pop(): void {
    this.scene.tweens.add({ targets: this.container, scale: this.container.scale * 1.08, duration: 160, yoyo: true, ease: 'Back.Out' });
  }
}
