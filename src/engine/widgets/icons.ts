/**
 * What an icon is drawn with: the part of Phaser's Graphics it uses, which `canvasPen` (canvas-pen.ts)
 * also gives a plain 2D canvas, so the first item drawn before the engine (src/app/first-item/) has
 * the very same icons.
 */
export interface Pen {
  fillStyle(color: number, alpha?: number): unknown;
  lineStyle(width: number, color: number, alpha?: number): unknown;
  fillTriangle(x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): unknown;
  fillRect(x: number, y: number, w: number, h: number): unknown;
  fillCircle(x: number, y: number, r: number): unknown;
  lineBetween(x0: number, y0: number, x1: number, y1: number): unknown;
  beginPath(): unknown;
  arc(x: number, y: number, r: number, start: number, end: number): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  closePath(): unknown;
  strokePath(): unknown;
  fillPath(): unknown;
}

/** Symbols drawn as shapes (no glyph that the bundled font might lack), centred on (0, 0). */
export type IconName = 'home' | 'speaker' | 'check' | 'cross' | 'replay' | 'star' | 'up' | 'down' | 'left' | 'right' | 'play' | 'erase';

export function drawIcon(g: Pen, name: IconName, size: number, color: number): void {
  const s = size / 2;
  g.fillStyle(color, 1);
  g.lineStyle(Math.max(4, size * 0.12), color, 1);
  switch (name) {
    case 'home':
      g.fillTriangle(-s, -s * 0.05, 0, -s * 0.95, s, -s * 0.05);
      g.fillRect(-s * 0.65, -s * 0.1, s * 1.3, s * 0.95);
      break;
    case 'speaker':
      g.fillRect(-s * 0.9, -s * 0.3, s * 0.45, s * 0.6);
      g.fillTriangle(-s * 0.5, -s * 0.3, s * 0.1, -s * 0.85, s * 0.1, s * 0.85);
      g.fillTriangle(-s * 0.5, -s * 0.3, -s * 0.5, s * 0.3, s * 0.1, s * 0.85);
      g.beginPath();
      g.arc(s * 0.1, 0, s * 0.45, -0.9, 0.9);
      g.strokePath();
      g.beginPath();
      g.arc(s * 0.1, 0, s * 0.8, -0.9, 0.9);
      g.strokePath();
      break;
    case 'check':
      g.beginPath();
      g.moveTo(-s * 0.75, 0);
      g.lineTo(-s * 0.2, s * 0.55);
      g.lineTo(s * 0.8, -s * 0.6);
      g.strokePath();
      break;
    case 'cross':
      g.lineBetween(-s * 0.6, -s * 0.6, s * 0.6, s * 0.6);
      g.lineBetween(-s * 0.6, s * 0.6, s * 0.6, -s * 0.6);
      break;
    case 'replay':
      g.beginPath();
      g.arc(0, 0, s * 0.65, -2.2, 2.6);
      g.strokePath();
      g.fillTriangle(s * 0.35, -s * 0.95, s * 0.95, -s * 0.45, s * 0.25, -s * 0.3);
      break;
    case 'up':
    case 'down':
    case 'left':
    case 'right': {
      // An arrow pointing right, turned to face its way.
      const turn = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 }[name];
      const p = (x: number, y: number) => ({ x: x * Math.cos(turn) - y * Math.sin(turn), y: x * Math.sin(turn) + y * Math.cos(turn) });
      const pts = [p(-s * 0.8, -s * 0.22), p(s * 0.1, -s * 0.22), p(s * 0.1, -s * 0.6), p(s * 0.85, 0), p(s * 0.1, s * 0.6), p(s * 0.1, s * 0.22), p(-s * 0.8, s * 0.22)];
      g.beginPath();
      pts.forEach((q, i) => (i === 0 ? g.moveTo(q.x, q.y) : g.lineTo(q.x, q.y)));
      g.closePath();
      g.fillPath();
      break;
    }
    case 'play':
      g.fillTriangle(-s * 0.5, -s * 0.7, -s * 0.5, s * 0.7, s * 0.75, 0);
      break;
    case 'erase':
      // ⌫: a key pointing left with a ✕ cut in it.
      g.beginPath();
      g.moveTo(-s * 0.95, 0);
      g.lineTo(-s * 0.45, -s * 0.6);
      g.lineTo(s * 0.9, -s * 0.6);
      g.lineTo(s * 0.9, s * 0.6);
      g.lineTo(-s * 0.45, s * 0.6);
      g.closePath();
      g.strokePath();
      g.lineBetween(-s * 0.05, -s * 0.28, s * 0.5, s * 0.28);
      g.lineBetween(-s * 0.05, s * 0.28, s * 0.5, -s * 0.28);
      break;
    case 'star': {
      g.beginPath();
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? s : s * 0.45;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        if (i === 0) g.moveTo(Math.cos(a) * r, Math.sin(a) * r);
        else g.lineTo(Math.cos(a) * r, Math.sin(a) * r);
      }
      g.closePath();
      g.fillPath();
      break;
    }
  }
}
