import type * as Phaser from 'phaser';
import { COLORS, paletteName, textStyle } from '../theme.ts';
import { drawIcon, type Pen } from './icons.ts';

export type CardLook = 'idle' | 'selected' | 'correct' | 'wrong' | 'faded';

export interface CardContent {
  w: number;
  h: number;
  label?: string;
  /** A loaded texture key. */
  image?: string;
}

/** How far a selected card rises. */
const LIFT = 10;

/**
 * Where a card's ✓ / ✕ goes: a tab on its top-right corner, pushed up (above the card if need
 * be) until it clears the label's box, so no tone mark is ever under it (cho ≠ chó).
 */
export function markPlace(w: number, h: number, text: Box | undefined): { x: number; y: number; r: number } {
  const r = Math.max(14, Math.min(24, h / 5));
  const x = w / 2 - r * 0.4;
  let y = -h / 2 + r * 0.4;
  if (text && x - r - 3 < text.x + text.w && y + r + 3 > text.y) y = Math.min(y, text.y - r - 4);
  return { x, y, r };
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
  paintCardFace(ctx, w, h, look);
  texture.refresh();
  return key;
}

/** A card's face, `w`×`h` with its shadow 6 below, drawn at (0, 0) of `ctx` (the engine's texture, or the first item's canvas). */
export function paintCardFace(ctx: CanvasRenderingContext2D, w: number, h: number, look: CardLook): void {
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
}

/** A right or wrong card's mark, ✓ or ✕ on a disc of radius `r`, centred on the pen's (0, 0). */
export function drawMark(pen: Pen, r: number, look: 'correct' | 'wrong'): void {
  pen.fillStyle(COLORS.card, 1);
  pen.fillCircle(0, 0, r + 3);
  pen.fillStyle(look === 'correct' ? COLORS.ok : COLORS.no, 1);
  pen.fillCircle(0, 0, r);
  drawIcon(pen, look === 'wrong' ? 'cross' : 'check', r * 1.15, COLORS.card);
}

/**
 * A label under a picture, on a card `h` high: in its band at the foot (`labelH` high), or, when it
 * wrapped taller than the band ("tròn xanh dương" on two lines), raised until its foot clears the
 * inner edge of the thickest border (a right or wrong card's, 10) with room to spare, the picture
 * shrinking above it; before, its second line ran into the border (the g of "dương" was cut).
 * Origin at the card's centre.
 */
export function pictureLabelPlace(h: number, labelH: number, textH: number): { labelY: number; picture: { y: number; h: number } } {
  const labelY = Math.min(h / 2 - labelH / 2 - 6, h / 2 - 14 - textH / 2);
  const top = -h / 2 + 12;
  const bottom = Math.min(h / 2 - labelH - 12, labelY - textH / 2 - 4);
  return { labelY, picture: { y: (top + bottom) / 2, h: Math.max(0, bottom - top) } };
}

/** What fits `label` on one line across a card `w` wide (an estimate from the font's mean advance). */
const oneLineFit = (w: number, label: string) => Math.floor((w - 28) / Math.max(1.6, label.length * 0.58));

/**
 * The size a text-only card starts its label at: its longest word fits across the card and the
 * size is at most 40% of its height (a label of several words wraps, then shrinks until it fits).
 */
export function labelSizeFor(w: number, h: number, label: string): number {
  const longest = Math.max(1, ...label.split(/\s+/).map((word) => word.length));
  return Math.min(72, Math.max(24, Math.min(oneLineFit(w, 'x'.repeat(longest)), Math.floor(h * 0.4))));
}

/** A box in the scene's coordinates. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class CardFace {
  readonly container: Phaser.GameObjects.Container;
  private readonly content: CardContent;
  private readonly bg: Phaser.GameObjects.Image;
  private readonly mark: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text | undefined;
  private shown: CardLook = 'idle';
  /** The mark's radius and centre (in the card's own coordinates) when one is drawn. */
  private markAt: { x: number; y: number; r: number } | undefined;
  /** What a selected card lifts: the face inside the container (its owner moves the container). */
  private readonly face: Phaser.GameObjects.Container;

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
    if (label) {
      // Under a picture: as large as fits on one line. Alone on its card: as large as its longest word
      // fits across, in as many lines as the card's height holds (the loop below).
      const size = image ? Math.max(18, Math.min(34, labelH * 0.6, oneLineFit(w, label))) : labelSizeFor(w, h, label);
      this.text = scene.add.text(0, 0, label, textStyle(size, { wordWrap: { width: w - 24, useAdvancedWrap: true } }));
      this.text.setOrigin(0.5);
      // A label that wrapped onto more lines than the card holds gets smaller rather than clipped.
      for (let s = size; this.text.height > (image ? labelH + 8 : h - 8) && s > 16; ) {
        s = Math.max(16, Math.floor(s * 0.9));
        this.text.setFontSize(s);
      }
    }
    const place = image ? pictureLabelPlace(h, labelH, this.text?.height ?? 0) : undefined;
    if (image && place && scene.textures.exists(image)) {
      const img = scene.add.image(0, place.picture.y, image);
      const room = { w: w - 24, h: place.picture.h };
      img.setScale(Math.min(room.w / img.width, room.h / img.height));
      parts.push(img);
    }
    if (this.text) {
      if (place) this.text.setY(place.labelY);
      parts.push(this.text);
    }
    parts.push(this.mark);
    this.face = scene.add.container(0, 0, parts);
    this.container = scene.add.container(x, y, [this.face]);
    this.setLook('idle');
    reportBounds(this);
  }

  /** The card's outline in the scene (for a hint to point at). */
  box(): Box {
    const m = this.container.getWorldTransformMatrix();
    const { w, h } = this.content;
    return { x: m.tx - (w / 2) * m.scaleX, y: m.ty - (h / 2) * m.scaleY, w: w * m.scaleX, h: h * m.scaleY };
  }

  /** The look it shows now. */
  get look(): CardLook {
    return this.shown;
  }

  setLook(look: CardLook): void {
    const { w, h } = this.content;
    this.shown = look;
    this.bg.setTexture(faceTexture(this.scene, w, h, look));
    this.mark.clear();
    this.markAt = undefined;
    // Selected: lifted, with its thick outline (the face) and no mark: only right is ✓.
    this.face.y = look === 'selected' ? -LIFT : 0;
    if (look === 'correct' || look === 'wrong') {
      const at = markPlace(w, h, this.textBox());
      this.markAt = at;
      this.mark.setPosition(at.x, at.y);
      drawMark(this.mark, at.r, look);
    }
    this.container.setAlpha(look === 'faded' ? 0.3 : 1);
  }

  /** The label's box in the card's own coordinates (origin at the card's centre). */
  private textBox(): Box | undefined {
    const t = this.text;
    if (!t) return undefined;
    return { x: t.x - t.displayWidth * t.originX, y: t.y - t.displayHeight * t.originY, w: t.displayWidth, h: t.displayHeight };
  }

  /** The label's and the mark's boxes in the scene (what the overlay test reads). */
  bounds(): { look: CardLook; label: string; text?: Box; mark?: Box } {
    const m = this.container.getWorldTransformMatrix();
    const sx = m.scaleX;
    const sy = m.scaleY;
    const world = (b: Box): Box => ({ x: m.tx + b.x * sx, y: m.ty + (b.y + this.face.y) * sy, w: b.w * sx, h: b.h * sy });
    const text = this.textBox();
    const at = this.markAt;
    return {
      look: this.shown,
      label: this.content.label ?? '',
      ...(text && { text: world(text) }),
      ...(at && { mark: world({ x: at.x - at.r - 3, y: at.y - at.r - 3, w: 2 * at.r + 6, h: 2 * at.r + 6 }) }),
    };
  }

  /** The label's font size (0 without a label). */
  labelSize(): number {
    return this.text ? Number.parseFloat(String(this.text.style.fontSize)) : 0;
  }

  /** The label no larger than `size` (cards shown together as one set of answers share one: shareLabelSize). */
  capLabel(size: number): void {
    if (this.text && this.labelSize() > size) this.text.setFontSize(size);
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

/** Cards shown together as one set of answers: every label at the smallest size among them, so none looks more important. */
export function shareLabelSize(cards: readonly CardFace[]): void {
  const sizes = cards.map((c) => c.labelSize()).filter((s) => s > 0);
  if (sizes.length) for (const c of cards) c.capLabel(Math.min(...sizes));
}

/** What a card tells the overlay test: its look, its label's box, its mark's box (scene coordinates). */
export type CardBounds = ReturnType<CardFace['bounds']>;

/** The game registry's key of the set of readers, there only when the Stage was asked to report (tests). */
export const CARD_BOUNDS = 'cardBounds';

function reportBounds(card: CardFace): void {
  const readers = card.container.scene.registry.get(CARD_BOUNDS) as Set<() => CardBounds> | undefined;
  if (!readers) return;
  const read = () => card.bounds();
  readers.add(read);
  card.container.once('destroy', () => readers.delete(read));
}
