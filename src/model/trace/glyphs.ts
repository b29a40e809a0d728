/**
 * Built-in strokes for tracing: the digits and the letters first taught in grade 1, drawn in
 * a 100 × 100 box (0, 0 top left) in the order and direction Vietnamese schools teach them.
 * Short letters sit between y 38 and 90, tall ones from 10. A file may give its own strokes.
 */
export type Point = readonly [number, number];
export type Stroke = readonly Point[];

/** Points along an ellipse, starting at angle `from` (0 = top) and turning left (anticlockwise on screen). */
function ellipse(cx: number, cy: number, rx: number, ry: number, from = 0, turn = 1, n = 24): Stroke {
  return Array.from({ length: n + 1 }, (_, i) => {
    const t = from + (i / n) * turn * 2 * Math.PI;
    return [Math.round((cx - rx * Math.sin(t)) * 10) / 10, Math.round((cy - ry * Math.cos(t)) * 10) / 10] as const;
  });
}

const O: Stroke = ellipse(50, 64, 22, 26);
/** The bowl of a, d, đ: begins at its top right, round to the left, back up. */
const BOWL: Stroke = ellipse(50, 64, 22, 26, -Math.PI / 4, 1);
const HAT: Stroke = [[36, 28], [50, 16], [64, 28]];
const BREVE: Stroke = [[36, 18], [50, 30], [64, 18]];
const HORN: Stroke = [[70, 42], [80, 32]];
const ARCH: Stroke = [[30, 56], [40, 41], [56, 38], [68, 46], [70, 58], [70, 90]];

const a: Stroke[] = [BOWL, [[72, 38], [72, 90]]];
const d: Stroke[] = [BOWL, [[72, 10], [72, 90]]];
const e: Stroke[] = [[[28, 62], [72, 62], [68, 46], [52, 38], [34, 44], [27, 62], [32, 80], [50, 90], [70, 82]]];
const o: Stroke[] = [O];
const u: Stroke[] = [[[30, 38], [30, 76], [40, 88], [55, 90], [70, 78], [70, 38]], [[70, 38], [70, 90]]];

export const GLYPHS: Record<string, Stroke[]> = {
  '0': [ellipse(50, 50, 28, 40)],
  '1': [[[34, 26], [56, 10], [56, 90]]],
  '2': [[[28, 30], [35, 16], [50, 10], [65, 16], [72, 30], [68, 45], [28, 90], [76, 90]]],
  '3': [[[28, 18], [45, 10], [65, 14], [72, 28], [62, 42], [45, 48], [62, 54], [74, 68], [66, 84], [48, 90], [28, 82]]],
  '4': [[[58, 10], [22, 64], [80, 64]], [[60, 34], [60, 90]]],
  '5': [[[32, 10], [28, 45], [48, 40], [68, 48], [74, 66], [64, 84], [45, 90], [27, 83]], [[32, 10], [72, 10]]],
  '6': [[[66, 14], [50, 10], [34, 22], [26, 48], [28, 72], [42, 88], [58, 88], [72, 74], [70, 58], [56, 48], [40, 50], [28, 62]]],
  '7': [[[26, 10], [74, 10], [40, 90]]],
  '8': [[[62, 18], [50, 10], [36, 16], [34, 30], [50, 46], [68, 60], [70, 78], [56, 90], [42, 90], [30, 78], [32, 60], [50, 46], [64, 32], [62, 18]]],
  '9': [[[70, 30], [60, 14], [46, 12], [32, 22], [30, 38], [44, 50], [60, 46], [70, 30]], [[70, 30], [70, 90]]],
  a,
  ă: [...a, BREVE],
  â: [...a, HAT],
  b: [[[30, 10], [30, 90]], [[30, 60], [45, 40], [62, 38], [74, 55], [70, 80], [52, 90], [30, 84]]],
  c: [ellipse(52, 64, 22, 26, -Math.PI / 4, 0.8)],
  d,
  đ: [...d, [[58, 24], [86, 24]]],
  e,
  ê: [...e, HAT],
  h: [[[30, 10], [30, 90]], ARCH],
  i: [[[50, 38], [50, 90]], [[50, 20], [50, 22]]],
  l: [[[50, 10], [50, 90]]],
  m: [[[22, 38], [22, 90]], [[22, 55], [30, 40], [42, 38], [50, 50], [50, 90]], [[50, 55], [58, 40], [70, 38], [78, 50], [78, 90]]],
  n: [[[30, 38], [30, 90]], ARCH],
  o,
  ô: [...o, HAT],
  ơ: [...o, HORN],
  t: [[[48, 18], [48, 90]], [[32, 40], [66, 40]]],
  u,
  ư: [...u, HORN],
};

export const strokesOf = (glyph: string, own?: readonly Stroke[]): readonly Stroke[] => own ?? GLYPHS[glyph.normalize('NFC')] ?? [];
