import type { Point, Stroke } from './glyphs.ts';

/** Why a traced stroke was not accepted: the view shows the child where to begin again. */
export type StrokeFault = 'start' | 'end' | 'coverage' | 'stray' | 'direction';

export interface StrokeJudgement {
  ok: boolean;
  faults: StrokeFault[];
  /** Share of the stroke the finger went along (0–1). */
  coverage: number;
}

const dist = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

export function length(line: Stroke): number {
  let n = 0;
  for (let i = 1; i < line.length; i++) n += dist(line[i - 1]!, line[i]!);
  return n;
}

/** Points every `step` units along a polyline (its ends included). */
export function resample(line: Stroke, step = 2): Point[] {
  if (line.length < 2) return [...line];
  const out: Point[] = [line[0]!];
  let carry = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const seg = dist(a, b);
    let at = step - carry;
    while (at <= seg) {
      out.push([a[0] + ((b[0] - a[0]) * at) / seg, a[1] + ((b[1] - a[1]) * at) / seg]);
      at += step;
    }
    carry = seg - (at - step);
  }
  const last = line[line.length - 1]!;
  if (dist(out[out.length - 1]!, last) > 1e-6) out.push(last);
  return out;
}

/** The nearest point of a polyline to p: its distance and how far along the line it is (0–1). */
function nearest(p: Point, samples: readonly Point[]): { d: number; at: number } {
  let best = { d: Infinity, at: 0 };
  samples.forEach((q, i) => {
    const d = dist(p, q);
    if (d < best.d) best = { d, at: samples.length > 1 ? i / (samples.length - 1) : 0 };
  });
  return best;
}

/**
 * Judge one traced stroke against the model stroke, both in the 100 × 100 box. Accepted when
 * the finger began near the start, ended near the end, went along at least 80 % of the stroke,
 * stayed mostly within `tolerance` of it, and went the right way. Generous on purpose: small
 * hands wobble; the order and the direction are what the lesson teaches.
 */
export function judgeStroke(stroke: Stroke, path: Stroke, tolerance: number): StrokeJudgement {
  if (path.length === 0) return { ok: false, faults: ['start'], coverage: 0 };
  const start = stroke[0]!;
  // A dot (the i's): a touch near it is enough.
  if (length(stroke) < 6) {
    const ok = dist(path[0]!, start) <= tolerance * 1.3;
    return { ok, faults: ok ? [] : ['start'], coverage: ok ? 1 : 0 };
  }
  const model = resample(stroke, 2);
  const drawn = resample(path, 2);
  const faults: StrokeFault[] = [];
  if (dist(path[0]!, start) > tolerance * 1.5) faults.push('start');
  if (dist(path[path.length - 1]!, stroke[stroke.length - 1]!) > tolerance * 1.5) faults.push('end');
  const along = model.map((p) => nearest(p, drawn));
  const coverage = along.filter((n) => n.d <= tolerance).length / model.length;
  if (coverage < 0.8) faults.push('coverage');
  const near = drawn.filter((p) => nearest(p, model).d <= tolerance * 1.2).length / drawn.length;
  if (near < 0.8) faults.push('stray');
  // Walking the model stroke, the matching place on the finger's path should move forward.
  let forward = 0;
  for (let i = 1; i < along.length; i++) if (along[i]!.at >= along[i - 1]!.at) forward++;
  if (along.length > 2 && forward / (along.length - 1) < 0.7) faults.push('direction');
  return { ok: faults.length === 0, faults, coverage: Math.round(coverage * 100) / 100 };
}

/** The finished drawing as a small SVG document: the child's product, kept with the evidence. */
export function drawingSvg(paths: readonly Stroke[]): string {
  const d = paths
    .filter((p) => p.length > 0)
    .map((p) => p.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)} ${y.toFixed(1)}`).join(''))
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="${d}" fill="none" stroke="#3d5a80" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}
