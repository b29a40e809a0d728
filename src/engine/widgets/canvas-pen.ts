import type { Pen } from './icons.ts';
import { hexColor } from '../theme.ts';

/**
 * A plain 2D canvas as a Pen (icons.ts): the same calls Phaser's Graphics takes, drawn at once.
 * Colours are numbers (0xRRGGBB) as the theme writes them; a path is filled or stroked when asked.
 */
export function canvasPen(ctx: CanvasRenderingContext2D): Pen {
  const pen: Pen = {
    fillStyle: (c, a = 1) => ((ctx.fillStyle = hexColor(c)), (ctx.globalAlpha = a)),
    lineStyle: (w, c) => ((ctx.lineWidth = w), (ctx.strokeStyle = hexColor(c))),
    fillTriangle: (x0, y0, x1, y1, x2, y2) => {
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.lineTo(x2, y2);
      ctx.closePath();
      ctx.fill();
    },
    fillRect: (x, y, w, h) => ctx.fillRect(x, y, w, h),
    fillCircle: (x, y, r) => {
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fill();
    },
    lineBetween: (x0, y0, x1, y1) => {
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
    },
    beginPath: () => ctx.beginPath(),
    arc: (x, y, r, start, end) => ctx.arc(x, y, r, start, end),
    moveTo: (x, y) => ctx.moveTo(x, y),
    lineTo: (x, y) => ctx.lineTo(x, y),
    closePath: () => ctx.closePath(),
    strokePath: () => ctx.stroke(),
    fillPath: () => ctx.fill(),
  };
  return pen;
}
