/**
 * Built-in strokes for tracing: the digits and the letters first taught in grade 1, in the order
 * and direction Vietnamese schools teach them, after the primary-school handwriting model
 * (mẫu chữ viết, Quyết định 31/2002/QĐ-BGDĐT). Letters are drawn in units of the model (1 unit =
 * the height of a short letter): b h k l 2.5, d đ p q and the digits 2, t 1.5, the other short
 * letters 1; marks (breve, hat, horn, the i's dot) fit within half a unit above. A and d end in
 * their hook (nét móc), so do u, i, t, n, m, h.
 *
 * Each glyph is then laid into the tracing box, 100 × 100 (0, 0 top left), on the baseline
 * y = 90, as large as fits: one unit is 52 box units for short letters, 40 for the digits and
 * d, 32 for the tall letters. `glyphGuide` tells the view where the unit lines are. A file may
 * give its own strokes (in the box directly).
 */
export type Point = readonly [number, number];
export type Stroke = readonly Point[];

/** A point in units: x from the letter's middle, h above the baseline. */
type U = readonly [number, number];

const BASELINE = 90;
const TOP = 10;
const MAX_UNIT = 52;

/** Points along an ellipse in units, from angle `from` (0 = top) turning anticlockwise on the page. */
function arc(cx: number, ch: number, rx: number, rh: number, from: number, turn: number, n = 20): U[] {
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = from + (i / n) * turn * 2 * Math.PI;
    return [cx - rx * Math.sin(t), ch + rh * Math.cos(t)] as const;
  });
}

/** A stem from height `top` down to the foot, ending in the hook to the right (nét móc ngược phải). */
const hookedStem = (x: number, top: number): U[] => [[x, top], [x, 0.3], [x + 0.03, 0.1], [x + 0.12, 0], [x + 0.24, 0.04], [x + 0.32, 0.18]];

/** The closed curve of o, a, d (nét cong kín): from its top right, round to the left, back up. */
const BOWL_RX = 0.38;
const bowl = (cx: number): U[] => arc(cx, 0.5, BOWL_RX, 0.5, -Math.PI / 5, 1.02, 24);

// Marks above a short letter, within half a unit (1.08 … 1.48).
/** The breve of ă: a curve like a small smile, its middle below its ends (never the caron ˇ). */
const breve = (cx: number): U[] => arc(cx, 1.42, 0.22, 0.3, Math.PI / 2, 0.5, 10);
const hat = (cx: number): U[] => [[cx - 0.22, 1.12], [cx, 1.44], [cx + 0.22, 1.12]];
/** The horn (râu) of ơ, ư: from the letter's top right, a small hook up and back. */
const horn = (x: number, h: number): U[] => [[x, h], [x + 0.12, h + 0.08], [x + 0.18, h + 0.22], [x + 0.12, h + 0.34]];

interface Unit {
  /** Units of the letter's height, marks excluded. */
  height: number;
  strokes: U[][];
}

const a: Unit = { height: 1, strokes: [bowl(-0.12), hookedStem(0.28, 1)] };
const d: Unit = { height: 2, strokes: [bowl(-0.12), hookedStem(0.28, 2)] };
const o: Unit = { height: 1, strokes: [arc(0, 0.5, 0.4, 0.5, -Math.PI / 8, 1.0, 28)] };
const e: Unit = {
  height: 1,
  strokes: [[[-0.34, 0.48], [0.36, 0.52], [0.34, 0.78], [0.14, 0.98], [-0.12, 0.98], [-0.34, 0.78], [-0.4, 0.46], [-0.3, 0.14], [-0.06, 0], [0.2, 0.04], [0.38, 0.2]]],
};
/** u: a stroke down and up (nét móc ngược), then the stem with its hook. */
const u: Unit = {
  height: 1,
  strokes: [[[-0.38, 1], [-0.38, 0.3], [-0.3, 0.08], [-0.12, 0], [0.08, 0.06], [0.24, 0.3], [0.28, 0.6], [0.28, 1]], hookedStem(0.28, 1)],
};
/** The two-hooked arch of n, m, h (nét móc hai đầu): up from the stem, over, down to a hook. */
const arch = (x0: number, x1: number): U[] => [[x0, 0.5], [x0 + 0.08, 0.84], [(x0 + x1) / 2, 1], [x1 - 0.06, 0.86], [x1, 0.6], ...hookedStem(x1, 0.32).slice(1)];

const LETTERS: Record<string, Unit> = {
  a,
  ă: { height: 1, strokes: [...a.strokes, breve(-0.02)] },
  â: { height: 1, strokes: [...a.strokes, hat(-0.02)] },
  b: { height: 2.5, strokes: [[[-0.3, 2.5], [-0.3, 0]], [[-0.3, 0.5], [-0.14, 0.88], [0.12, 1], [0.36, 0.82], [0.44, 0.45], [0.3, 0.1], [0.02, 0], [-0.3, 0.06]]] },
  c: { height: 1, strokes: [arc(0.02, 0.5, 0.38, 0.5, -Math.PI / 4, 0.76, 20)] },
  d,
  đ: { height: 2, strokes: [...d.strokes, [[0.02, 1.6], [0.56, 1.6]]] },
  e,
  ê: { height: 1, strokes: [...e.strokes, hat(0)] },
  h: { height: 2.5, strokes: [[[-0.44, 2.5], [-0.44, 0]], arch(-0.44, 0.22)] },
  i: { height: 1, strokes: [hookedStem(-0.1, 1), [[-0.1, 1.34], [-0.1, 1.38]]] },
  l: { height: 2.5, strokes: [hookedStem(-0.12, 2.5)] },
  m: { height: 1, strokes: [[[-0.72, 1], [-0.72, 0]], [[-0.72, 0.5], [-0.64, 0.86], [-0.44, 1], [-0.22, 0.86], [-0.15, 0.6], [-0.15, 0]], arch(-0.15, 0.4)] },
  n: { height: 1, strokes: [[[-0.44, 1], [-0.44, 0]], arch(-0.44, 0.22)] },
  o,
  ô: { height: 1, strokes: [...o.strokes, hat(0)] },
  ơ: { height: 1, strokes: [...o.strokes, horn(0.28, 0.84)] },
  t: { height: 1.5, strokes: [hookedStem(-0.06, 1.5), [[-0.36, 1], [0.26, 1]]] },
  u,
  ư: { height: 1, strokes: [...u.strokes, horn(0.3, 0.98)] },
};

/** Digits in the box directly: two units high (baseline 90, top 10). */
const DIGITS: Record<string, Stroke[]> = {
  '0': [arc(50, 50, 26, 40, 0, 1, 24).map(([x, y]) => [x, 100 - y] as const)],
  '1': [[[36, 26], [56, 10], [56, 90]]],
  '2': [[[28, 30], [35, 16], [50, 10], [65, 16], [72, 30], [68, 45], [28, 90], [76, 90]]],
  '3': [[[28, 18], [45, 10], [65, 14], [72, 28], [62, 42], [45, 48], [62, 54], [74, 68], [66, 84], [48, 90], [28, 82]]],
  '4': [[[58, 10], [22, 64], [80, 64]], [[60, 34], [60, 90]]],
  '5': [[[32, 10], [28, 45], [48, 40], [68, 48], [74, 66], [64, 84], [45, 90], [27, 83]], [[32, 10], [72, 10]]],
  '6': [[[66, 14], [50, 10], [34, 22], [26, 48], [28, 72], [42, 88], [58, 88], [72, 74], [70, 58], [56, 48], [40, 50], [28, 62]]],
  '7': [[[26, 10], [74, 10], [40, 90]]],
  '8': [[[62, 18], [50, 10], [36, 16], [34, 30], [50, 46], [68, 60], [70, 78], [56, 90], [42, 90], [30, 78], [32, 60], [50, 46], [64, 32], [62, 18]]],
  '9': [[[70, 30], [60, 13], [46, 10], [32, 22], [30, 38], [44, 50], [60, 46], [70, 30]], [[70, 30], [70, 90]]],
};

/** Box units per model unit for a letter of this height (marks take half a unit more). */
export const unitOf = (height: number): number => Math.min(MAX_UNIT, (BASELINE - TOP) / Math.max(height, 1.5));

const round = (n: number) => Math.round(n * 10) / 10;
const lay = (l: Unit): Stroke[] => {
  const s = unitOf(l.height);
  return l.strokes.map((st) => st.map(([x, h]) => [round(50 + x * s), round(BASELINE - h * s)] as const));
};

export const GLYPHS: Record<string, Stroke[]> = {
  ...DIGITS,
  ...Object.fromEntries(Object.entries(LETTERS).map(([k, l]) => [k, lay(l)])),
};

/** A built-in letter's height in units (digits 2), or undefined for a glyph that is not built in. */
export function glyphHeight(glyph: string): number | undefined {
  const g = glyph.normalize('NFC');
  return LETTERS[g]?.height ?? (DIGITS[g] ? 2 : undefined);
}

/**
 * The writing lines under a glyph, as on the school's squared paper: the baseline, a line at
 * every unit up to the letter's height (and half units between, `minor`), in box y.
 */
export function glyphGuide(glyph: string): { baseline: number; unit: number; major: number[]; minor: number[] } {
  const height = glyphHeight(glyph) ?? 2;
  const unit = DIGITS[glyph.normalize('NFC')] ? (BASELINE - TOP) / 2 : unitOf(height);
  const top = Math.max(height, 1.5);
  const major: number[] = [];
  const minor: number[] = [];
  for (let k = 0; k <= top * 2 + 1e-9; k++) (k % 2 ? minor : major).push(round(BASELINE - (k / 2) * unit));
  return { baseline: BASELINE, unit, major, minor };
}

export const strokesOf = (glyph: string, own?: readonly Stroke[]): readonly Stroke[] => own ?? GLYPHS[glyph.normalize('NFC')] ?? [];
