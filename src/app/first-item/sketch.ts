import { CHOICE_PLACES, cardPlaces, imageScale, progressDots, type CardPlace } from '../../engine/kinds/choice-layout.ts';
import { frameButtonPlace, type FramePlace } from '../../engine/scenes/frame-place.ts';
import { COLORS, DESIGN, FONT, TEST_STRING, hexColor, textPadding } from '../../engine/theme.ts';
import { canvasPen } from '../../engine/widgets/canvas-pen.ts';
import { drawMark, labelSizeFor, markPlace, paintCardFace, type CardLook } from '../../engine/widgets/card-face.ts';
import { drawRoundButton } from '../../engine/widgets/round-face.ts';

// A choice's first item drawn on a plain 2D canvas, as its scene draws it (engine/kinds/choice.ts), from
// the same places, faces, marks and icons: the page shows the question before the engine has loaded,
// and nothing moves when the engine's drawing takes its place.

export interface SketchItem {
  total: number;
  prompt: string;
  picture?: HTMLImageElement | undefined;
  /** Laid out with a picture (its place kept while it is still coming, see first-item.ts). */
  pictured: boolean;
  /** The answers' words, in the order shown. */
  labels: string[];
}

export interface SketchState {
  /** Each card's look, in the order shown. */
  looks: CardLook[];
  hint?: string | undefined;
}

/** Where things are at one screen size, in design units (the engine's game size: EXPAND, see engine/stage-fit.ts). */
export interface SketchLayout {
  game: { w: number; h: number };
  cards: CardPlace[];
  frame: FramePlace;
  /** The answers' one label size (engine/widgets/card-face.ts shareLabelSize). */
  labelSize: number;
}

/** The game's size on a page `cssW`×`cssH`, as Phaser's EXPAND makes it: the design area fits, the long side grows. */
export function gameSize(cssW: number, cssH: number): { w: number; h: number; px: number } {
  const px = Math.min(cssW / DESIGN.width, cssH / DESIGN.height);
  return { w: Math.round(cssW / px), h: Math.round(cssH / px), px };
}

export function sketchLayout(ctx: CanvasRenderingContext2D, item: SketchItem, cssW: number, cssH: number): SketchLayout {
  const { w, h, px } = gameSize(cssW, cssH);
  const cards = cardPlaces(item.labels.length, { image: item.pictured, multiple: false }).map((c) => ({ ...c, w: Math.round(c.w), h: Math.round(c.h) }));
  const sizes = item.labels.map((label, i) => {
    const c = cards[i] ?? { w: 0, h: 0 };
    let s = labelSizeFor(c.w, c.h, label);
    // A word wider than its card gets smaller (the engine wraps, then shrinks; a first item's words are short).
    while (s > 16 && measure(ctx, label, s).width > c.w - 24) s = Math.max(16, Math.floor(s * 0.9));
    return s;
  });
  return { game: { w, h }, cards, frame: frameButtonPlace(w, h, px), labelSize: Math.min(...sizes) };
}

/** The whole item, drawn anew: paper, progress, question, picture, answers, hint, the frame's buttons. */
export function drawSketch(ctx: CanvasRenderingContext2D, item: SketchItem, state: SketchState, at: SketchLayout): void {
  const { canvas } = ctx;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = hexColor(COLORS.paper);
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  // Design units, the design area centred (engine/stage-fit.ts).
  const k = canvas.width / at.game.w;
  ctx.setTransform(k, 0, 0, k, ((at.game.w - DESIGN.width) / 2) * k, ((at.game.h - DESIGN.height) / 2) * k);
  const pen = canvasPen(ctx);
  const { progress, prompt, image, hint } = CHOICE_PLACES;
  progressDots(item.total).forEach((x, i) => {
    pen.fillStyle(i === 0 ? COLORS.brand : COLORS.starEmpty);
    pen.fillCircle(x, progress.y, progress.r);
  });
  ctx.globalAlpha = 1;
  text(ctx, item.prompt, DESIGN.width / 2, prompt.y, prompt.size, prompt.wrap, hexColor(COLORS.ink));
  if (item.picture) {
    const s = imageScale(item.picture.width, item.picture.height);
    const w = item.picture.width * s;
    const h = item.picture.height * s;
    ctx.drawImage(item.picture, DESIGN.width / 2 - w / 2, image.y - h / 2, w, h);
  }
  at.cards.forEach((c, i) => card(ctx, c, item.labels[i] ?? '', state.looks[i] ?? 'idle', at.labelSize));
  if (state.hint) text(ctx, state.hint, DESIGN.width / 2, hint.y, hint.size, prompt.wrap, hint.color);
  for (const [x, icon] of [
    [at.frame.x, 'home'],
    [DESIGN.width - at.frame.x, 'speaker'],
  ] as const) {
    ctx.save();
    ctx.translate(x, at.frame.y);
    drawRoundButton(pen, at.frame.size, icon);
    ctx.restore();
  }
  ctx.globalAlpha = 1;
}

function card(ctx: CanvasRenderingContext2D, c: CardPlace, label: string, look: CardLook, size: number): void {
  ctx.save();
  ctx.globalAlpha = look === 'faded' ? 0.3 : 1;
  ctx.translate(c.x, c.y);
  ctx.save();
  ctx.translate(-c.w / 2, -c.h / 2);
  paintCardFace(ctx, c.w, c.h, look);
  ctx.restore();
  const box = text(ctx, label, 0, 0, size, c.w - 24, hexColor(COLORS.ink));
  if (look === 'correct' || look === 'wrong') {
    const m = markPlace(c.w, c.h, box);
    ctx.translate(m.x, m.y);
    drawMark(canvasPen(ctx), m.r, look);
  }
  ctx.restore();
}

// The test string's reach per font, measured once: every card's label has the same size, and the fonts are
// loaded before the first drawing (first-item.ts), so it does not change (a slow tablet shapes it in ms).
type Reach = Pick<TextMetrics, 'actualBoundingBoxAscent' | 'actualBoundingBoxDescent'>;
const reach = new Map<string, Reach>();

function lineMetrics(ctx: CanvasRenderingContext2D, size: number): Reach {
  const key = `800 ${size}px ${FONT}`;
  let m = reach.get(key);
  if (!m) {
    const { actualBoundingBoxAscent, actualBoundingBoxDescent } = measure(ctx, TEST_STRING, size);
    m = { actualBoundingBoxAscent, actualBoundingBoxDescent };
    reach.set(key, m);
  }
  ctx.font = key;
  return m;
}

function measure(ctx: CanvasRenderingContext2D, s: string, size: number): TextMetrics {
  ctx.font = `800 ${size}px ${FONT}`;
  return ctx.measureText(s);
}

/**
 * A text centred on (x, y) as Phaser's Text with origin 0.5 lays it out (engine/theme.ts textStyle): lines
 * as high as the test string's marks reach, the style's padding above and below. Returns its box.
 */
function text(ctx: CanvasRenderingContext2D, s: string, x: number, y: number, size: number, wrap: number, color: string): { x: number; y: number; w: number; h: number } {
  const m = lineMetrics(ctx, size);
  const lineH = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
  const lines: string[] = [];
  for (const word of s.split(' ')) {
    const last = lines.length ? lines[lines.length - 1] : undefined;
    if (last !== undefined && ctx.measureText(`${last} ${word}`).width <= wrap) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const pad = textPadding(size);
  const w = Math.max(...lines.map((l) => ctx.measureText(l).width));
  const h = lines.length * lineH + pad.top + pad.bottom;
  const top = y - h / 2;
  ctx.fillStyle = color;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  lines.forEach((l, i) => ctx.fillText(l, x, top + pad.top + m.actualBoundingBoxAscent + i * lineH));
  return { x: x - w / 2, y: top, w, h };
}
