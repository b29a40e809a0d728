import type * as Phaser from 'phaser';
import { COLORS, paletteName, textStyle } from '../theme.ts';
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
const hex = (c: number) => `#${c.toString(16).padStart(6, '0')}`;

/**
 * The card's face as a texture, drawn once per size and look and shared by every card like
 * it: a Graphics object would be re-tessellated every frame, which a 24-card sort on a
 * slow tablet cannot afford.
 */
function faceTexture(scene: Phaser.Scene, w: number, h: number, look: CardLook): string {
  const key = `card:${w}x${h}:${look}:${paletteName()}`;
  if (scene.textures.exists(key)) return key;
  const texture = scene.textures.createCanvas(key, w, h + 6);
  const ctx = texture?.getContext();
  if (!texture || !ctx) return key;
  const border = hex({ idle: COLORS.brand, selected: COLORS.selected, correct: COLORS.ok, wrong: COLORS.no, faded: COLORS.brand }[look]);
  const thick = look === 'idle' || look === 'faded' ? 5 : 10;
  const r = Math.min(26, h / 4);
  ctx.fillStyle = border;
  ctx.beginPath();
  ctx.roundRect(0, 6, w, h, r);
  ctx.roundRect(0, 0, w, h, r);
  ctx.fill();
  ctx.fillStyle = hex(look === 'correct' ? COLORS.okFill : COLORS.card);
  ctx.beginPath();
  ctx.roundRect(thick, thick, w - 2 * thick, h - 2 * thick, Math.max(4, r - thick / 2));
  ctx.fill();
  texture.refresh();
  return key;
}

export class CardFace {
  readonly container: Phaser.GameObjects.Container;
  private readonly content: CardContent;
  private readonly bg: Phaser.GameObjects.Image;
  private readonly mark: Phaser.GameObjects.Graphics;

  constructor(
    private readonly scene: Phaser.Scene,
    x: number,
    y: number,
    content: CardContent,
  ) {
    const { label, image } = content;
    const w = Math.round(content.w);
    const h = Math.round(content.h);
    this.content = { ...content, w, h };
    this.bg = scene.add.image(0, 3, faceTexture(scene, w, h, 'idle'));
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
      const fit = Math.floor((w - 28) / Math.max(image ? 1 : 1.6, label.length * 0.58));
      const size = image ? Math.max(18, Math.min(34, labelH * 0.6, fit)) : Math.min(72, Math.max(24, Math.min(fit, h * 0.45)));
      const text = scene.add.text(0, image ? h / 2 - labelH / 2 - 6 : 0, label, textStyle(size, { wordWrap: { width: w - 24, useAdvancedWrap: true } }));
      text.setOrigin(0.5);
      parts.push(text);
    }
    parts.push(this.mark);
    this.container = scene.add.container(x, y, parts);
    this.setLook('idle');
  }

  setLook(look: CardLook): void {
    const { w, h } = this.content;
    this.bg.setTexture(faceTexture(this.scene, w, h, look));
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
