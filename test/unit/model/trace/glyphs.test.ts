import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLYPHS, glyphGuide, glyphHeight, type Stroke, unitOf } from '../../../../src/model/trace/glyphs.ts';

/**
 * The built-in letters against the school handwriting model (QĐ 31/2002/QĐ-BGDĐT): heights in
 * units, marks within half a unit, the breve a curve, the hooks of a, d, u. Every glyph is also
 * drawn into test-results/glyphs/glyphs.svg, on its writing lines, for a person to check.
 */
const BASELINE = 90;
const ys = (s: Stroke) => s.map(([, y]) => y);
const top = (strokes: readonly Stroke[]) => Math.min(...strokes.flatMap(ys));
/** Height above the baseline in units of the glyph. */
const units = (y: number, glyph: string) => (BASELINE - y) / unitOf(glyphHeight(glyph)!);

const MARKED: Record<string, number> = { ă: 1, â: 1, ê: 1, ô: 1, ơ: 1, ư: 1, i: 1 };
const HEIGHTS: Record<string, number> = { b: 2.5, h: 2.5, l: 2.5, d: 2, đ: 2, t: 1.5, a: 1, c: 1, e: 1, m: 1, n: 1, o: 1, u: 1 };

describe('trace glyphs follow the school handwriting model', () => {
  it('heights in units: b h l 2.5, d đ 2, t 1.5, the short letters 1, the digits 2', () => {
    for (const [g, h] of Object.entries(HEIGHTS)) {
      expect(glyphHeight(g), g).toBe(h);
      expect(units(top(GLYPHS[g]!), g), g).toBeCloseTo(h, 1);
      expect(Math.max(...GLYPHS[g]!.flatMap(ys)), `${g} stands on the baseline`).toBeLessThanOrEqual(BASELINE + 0.5);
    }
    for (const digit of '0123456789') expect(top(GLYPHS[digit]!), digit).toBe(10);
  });

  it('marks sit within half a unit above a short letter, and the letter under them is one unit', () => {
    for (const g of Object.keys(MARKED)) {
      const strokes = GLYPHS[g]!;
      const body = g === 'i' ? strokes.slice(0, 1) : strokes.slice(0, -1);
      const mark = strokes[strokes.length - 1]!;
      expect(units(top(body), g), `${g}: body`).toBeCloseTo(1, 1);
      const markTop = units(Math.min(...ys(mark)), g);
      const markFoot = units(Math.max(...ys(mark)), g);
      expect(markTop, `${g}: mark top`).toBeLessThanOrEqual(1.5);
      expect(markFoot, `${g}: mark foot`).toBeGreaterThan(0.75);
      // Within the box, however large the letter.
      expect(Math.min(...ys(mark)), g).toBeGreaterThanOrEqual(0);
    }
  });

  it('the breve of ă is a curve whose middle lies below its ends (never a caron ˇ or a hat)', () => {
    const breve = GLYPHS.ă!.at(-1)!;
    expect(breve.length).toBeGreaterThanOrEqual(5);
    const [first, last] = [breve[0]!, breve.at(-1)!];
    const middle = breve[Math.floor(breve.length / 2)]!;
    // Screen y grows downwards: the middle is lower than both ends, by a visible amount.
    expect(middle[1]).toBeGreaterThan(first[1] + 5);
    expect(middle[1]).toBeGreaterThan(last[1] + 5);
    // A curve, not a V: the points between an end and the middle do not lie on a straight line.
    const quarter = breve[Math.floor(breve.length / 4)]!;
    const onLine = first[1] + ((middle[1] - first[1]) * (quarter[0] - first[0])) / (middle[0] - first[0]);
    expect(Math.abs(quarter[1] - onLine)).toBeGreaterThan(1.5);
    // Written left to right, and the hat of â is the other way up.
    expect(last[0]).toBeGreaterThan(first[0]);
    const hat = GLYPHS.â!.at(-1)!;
    expect(hat[1]![1]).toBeLessThan(hat[0]![1]);
  });

  it('a, d, u, t, i end in their hook (nét móc): the stem turns right at its foot and rises', () => {
    for (const g of ['a', 'ă', 'â', 'd', 'đ', 'u', 'ư', 't', 'i', 'l']) {
      const strokes = GLYPHS[g]!;
      const stem = strokes.find((s) => s.length >= 5 && Math.abs(s[0]![0] - s[1]![0]) < 0.5 && s[1]![1] > s[0]![1] + 10)!;
      expect(stem, `${g}: a hooked stem`).toBeDefined();
      const x = stem[0]![0];
      const foot = Math.max(...ys(stem));
      const end = stem.at(-1)!;
      expect(foot, `${g}: the hook reaches the baseline`).toBeGreaterThan(BASELINE - 1);
      expect(end[0], `${g}: the hook turns right`).toBeGreaterThan(x + 0.2 * unitOf(glyphHeight(g)!));
      expect(end[1], `${g}: the hook rises`).toBeLessThan(foot - 0.1 * unitOf(glyphHeight(g)!));
    }
  });

  it('every glyph stays inside the box, and its writing lines mark each unit', () => {
    for (const [g, strokes] of Object.entries(GLYPHS)) {
      for (const [x, y] of strokes.flat()) {
        expect(x, g).toBeGreaterThanOrEqual(4);
        expect(x, g).toBeLessThanOrEqual(96);
        expect(y, g).toBeGreaterThanOrEqual(4);
        expect(y, g).toBeLessThanOrEqual(BASELINE + 0.5);
      }
    }
    expect(glyphGuide('a').major).toEqual([90, 38]);
    expect(glyphGuide('l').major).toEqual([90, 58, 26]);
    expect(glyphGuide('l').minor).toContain(10);
    expect(glyphGuide('3').major).toEqual([90, 50, 10]);
  });

  it('draws every glyph into a gallery for a person to check (test-results/glyphs/glyphs.svg)', () => {
    const entries = Object.entries(GLYPHS);
    const cols = 9;
    const cell = 120;
    const parts: string[] = [];
    entries.forEach(([g, strokes], i) => {
      const [cx, cy] = [(i % cols) * cell + 10, Math.floor(i / cols) * (cell + 24) + 10];
      const guide = glyphGuide(g);
      const line = (y: number, dash: string) => `<line x1="${cx}" x2="${cx + 100}" y1="${cy + y}" y2="${cy + y}" stroke="#98c1d9" stroke-width="${dash ? 0.6 : 1}" ${dash ? `stroke-dasharray="${dash}"` : ''}/>`;
      parts.push(`<rect x="${cx}" y="${cy}" width="100" height="100" fill="#fffdf5" stroke="#ddd"/>`);
      for (const y of guide.major) parts.push(line(y, ''));
      for (const y of guide.minor) parts.push(line(y, '2 2'));
      strokes.forEach((s, k) => {
        const d = s.map(([x, y], j) => `${j ? 'L' : 'M'}${(cx + x).toFixed(1)} ${(cy + y).toFixed(1)}`).join('');
        parts.push(`<path d="${d}" fill="none" stroke="${['#3d5a80', '#e07a5f', '#2a9d8f', '#9d4edd'][k % 4]}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`);
        const [sx, sy] = s[0]!;
        parts.push(`<circle cx="${cx + sx}" cy="${cy + sy}" r="3.5" fill="#2a9d8f"/><text x="${cx + sx + 4}" y="${cy + sy - 3}" font-size="9" fill="#1d2b3a">${k + 1}</text>`);
      });
      parts.push(`<text x="${cx + 50}" y="${cy + 116}" font-size="14" text-anchor="middle" font-family="sans-serif">${g} · ${glyphHeight(g)}</text>`);
    });
    const rows = Math.ceil(entries.length / cols);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cols * cell + 10}" height="${rows * (cell + 24) + 10}" viewBox="0 0 ${cols * cell + 10} ${rows * (cell + 24) + 10}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
    const dir = path.resolve(import.meta.dirname, '../../../../test-results/glyphs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'glyphs.svg'), svg);
    expect(svg.match(/<path /g)?.length).toBe(entries.reduce((n, [, s]) => n + s.length, 0));
  });
});
