import type * as Phaser from 'phaser';
import type { Sticker } from '../../model/play/end-screen.ts';

/**
 * A sticker a child is given at the end (mầm non, or a named child on the projector): a round
 * white badge with a coloured rim and one bright, simple picture, in the style of the project's
 * drawings (flat colours, a dark outline). Drawn centred on (0, 0), `size` across.
 */
export function drawSticker(g: Phaser.GameObjects.Graphics, sticker: Sticker, size: number): void {
  const r = size / 2;
  const line = 0x1d2b3a;
  g.fillStyle(0x000000, 0.12).fillCircle(4, 8, r);
  g.fillStyle(0xffffff, 1).fillCircle(0, 0, r);
  g.lineStyle(size * 0.05, RIM[sticker], 1).strokeCircle(0, 0, r - size * 0.04);
  const s = r * 0.62;
  g.lineStyle(Math.max(3, size * 0.02), line, 1);
  switch (sticker) {
    case 'sun': {
      g.fillStyle(0xffb703, 1);
      for (let i = 0; i < 12; i++) {
        const a = (i * Math.PI) / 6;
        const p = (d: number, da: number) => [Math.cos(a + da) * d, Math.sin(a + da) * d] as const;
        g.fillTriangle(...p(s * 0.62, -0.16), ...p(s * 1.05, 0), ...p(s * 0.62, 0.16));
      }
      g.fillStyle(0xffd166, 1).fillCircle(0, 0, s * 0.62).strokeCircle(0, 0, s * 0.62);
      g.fillStyle(line, 1).fillCircle(-s * 0.22, -s * 0.1, s * 0.07).fillCircle(s * 0.22, -s * 0.1, s * 0.07);
      g.beginPath();
      g.arc(0, s * 0.08, s * 0.26, 0.3, Math.PI - 0.3);
      g.strokePath();
      break;
    }
    case 'flower':
      g.fillStyle(0xff8fab, 1);
      for (let i = 0; i < 6; i++) {
        const a = (i * Math.PI) / 3;
        g.fillCircle(Math.cos(a) * s * 0.55, Math.sin(a) * s * 0.55, s * 0.42).strokeCircle(Math.cos(a) * s * 0.55, Math.sin(a) * s * 0.55, s * 0.42);
      }
      g.fillStyle(0xffd166, 1).fillCircle(0, 0, s * 0.42).strokeCircle(0, 0, s * 0.42);
      break;
    case 'balloon':
      g.lineBetween(0, s * 0.55, s * 0.1, s * 1.05);
      g.fillStyle(0xe63946, 1).fillEllipse(0, -s * 0.15, s * 1.2, s * 1.45).strokeEllipse(0, -s * 0.15, s * 1.2, s * 1.45);
      g.fillStyle(0xe63946, 1).fillTriangle(-s * 0.12, s * 0.64, s * 0.12, s * 0.64, 0, s * 0.5);
      g.fillStyle(0xffffff, 0.7).fillEllipse(-s * 0.25, -s * 0.45, s * 0.22, s * 0.36);
      break;
    case 'star': {
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i < 10; i++) {
        const d = i % 2 ? s * 0.45 : s;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push({ x: Math.cos(a) * d, y: Math.sin(a) * d + s * 0.06 });
      }
      g.fillStyle(0xffb703, 1);
      shape(g, pts);
      break;
    }
    case 'heart': {
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i <= 40; i++) {
        const t = (i / 40) * Math.PI * 2;
        pts.push({ x: 16 * Math.sin(t) ** 3 * s * 0.058, y: -(13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t)) * s * 0.058 });
      }
      g.fillStyle(0xe63946, 1);
      shape(g, pts);
      break;
    }
    case 'rainbow':
      for (const [k, c] of [0xe63946, 0xf4a261, 0xffd166, 0x52b788, 0x4895ef].entries()) {
        g.lineStyle(s * 0.16, c, 1);
        g.beginPath();
        g.arc(0, s * 0.45, s * (1 - k * 0.16), Math.PI, 0);
        g.strokePath();
      }
      g.fillStyle(0xffffff, 1).lineStyle(Math.max(3, size * 0.02), line, 1);
      g.fillCircle(-s * 0.82, s * 0.5, s * 0.26).fillCircle(s * 0.82, s * 0.5, s * 0.26);
      break;
  }
}

/** A closed outline, filled and stroked in the current styles. */
function shape(g: Phaser.GameObjects.Graphics, pts: readonly { x: number; y: number }[]): void {
  g.beginPath();
  pts.forEach((p, i) => (i ? g.lineTo(p.x, p.y) : g.moveTo(p.x, p.y)));
  g.closePath();
  g.fillPath();
  g.strokePath();
}

const RIM: Record<Sticker, number> = { sun: 0xf4a261, flower: 0x9d4edd, balloon: 0x4895ef, star: 0x3d5a80, heart: 0xff8fab, rainbow: 0x52b788 };

/** Confetti falling over the scene once: a party a child sees, that takes nothing away. */
export function confetti(scene: Phaser.Scene, width: number, height: number, count = 60): void {
  const colours = [0xe63946, 0xf4a261, 0xffd166, 0x52b788, 0x4895ef, 0x9d4edd];
  for (let i = 0; i < count; i++) {
    const x = ((i * 137) % width) + ((i * 53) % 40);
    const piece = scene.add.rectangle(x, -30 - ((i * 71) % 200), 14, 22, colours[i % colours.length]!).setAngle((i * 37) % 180);
    scene.tweens.add({ targets: piece, y: height * (0.55 + ((i * 29) % 45) / 100), angle: piece.angle + 360, duration: 1600 + ((i * 97) % 900), ease: 'Sine.Out' });
  }
}
