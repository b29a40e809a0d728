import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { nextTrace, startTrace, strokesOfItem, traceEvidence, traceStroke, traceSummary } from '../../../../src/model/kinds/trace/rules.ts';
import { GLYPHS, type Stroke } from '../../../../src/model/trace/glyphs.ts';
import { judgeStroke, resample } from '../../../../src/model/trace/judge.ts';

const envelope = { id: 'to', title: 'Tô chữ', subject: 'vietnamese', band: 'lop-1', competencies: ['nl.ngon-ngu'] };
const a = activitySchema.parse({ ...envelope, kind: 'trace', items: [{ glyph: 't' }, { glyph: 'o' }] });
if (a.kind !== 'trace') throw new Error('kind');

/** A child's wobbly trace: the stroke with a small sideways wave, sampled densely. */
const wobbly = (s: Stroke, amp = 4): Stroke => resample(s, 3).map(([x, y], i) => [x + Math.sin(i) * amp, y + Math.cos(i * 1.3) * amp] as const);
const reversed = (s: Stroke): Stroke => [...s].reverse();

describe('tracing: judging a stroke', () => {
  const line: Stroke = [[50, 10], [50, 90]];

  it('accepts a wobbly trace along the stroke, in its direction', () => {
    expect(judgeStroke(line, wobbly(line), 14)).toMatchObject({ ok: true, faults: [] });
    for (const [glyph, strokes] of Object.entries(GLYPHS)) for (const s of strokes) expect(judgeStroke(s, wobbly(s), 14).ok, glyph).toBe(true);
  });

  it('refuses the wrong direction, a trace that stops halfway, and one that wanders off', () => {
    expect(judgeStroke(line, reversed(line), 14).faults).toEqual(expect.arrayContaining(['start', 'end', 'direction']));
    expect(judgeStroke(GLYPHS.o![0]!, reversed(GLYPHS.o![0]!), 14).faults).toContain('direction');
    expect(judgeStroke(line, [[50, 10], [50, 45]], 14).faults).toEqual(expect.arrayContaining(['end', 'coverage']));
    expect(judgeStroke(line, [[50, 10], [90, 50], [50, 90]], 14).faults).toContain('stray');
  });

  it('a dot only needs a touch near it', () => {
    const dot = GLYPHS.i![1]!;
    expect(judgeStroke(dot, [[52, 24]], 14).ok).toBe(true);
    expect(judgeStroke(dot, [[52, 60]], 14).ok).toBe(false);
  });
});

describe('trace rules', () => {
  it('goes stroke by stroke, item by item, and keeps the drawing as the product', () => {
    let p = startTrace();
    const [down, across] = strokesOfItem(a, 0);
    let r = traceStroke(a, p, wobbly(across!));
    expect(r.outcome).toMatchObject({ type: 'wrong', stroke: 0 });
    r = traceStroke(a, r.play, wobbly(down!));
    expect(r.outcome).toEqual({ type: 'stroke', stroke: 0, itemDone: false });
    r = traceStroke(a, r.play, wobbly(across!));
    expect(r.outcome).toEqual({ type: 'stroke', stroke: 1, itemDone: true });
    const ev = traceEvidence(a, r.play, ['nl.ngon-ngu']);
    expect(ev).toMatchObject({ interactionType: 'performance', success: true, attempt: 2, response: '1[.]ok[,]2[.]ok' });
    expect(ev.product).toMatch(/^<svg [^>]*viewBox="0 0 100 100"><path d="M/);
    p = nextTrace(r.play);
    expect(p).toMatchObject({ index: 1, stroke: 0, drawing: [], scores: [0.5] });
  });

  it('draws a stroke for the child after the last wrong try; the keyboard twin draws one and says so', () => {
    let p = startTrace();
    const [down] = strokesOfItem(a, 0);
    for (let i = 0; i < 3; i++) p = traceStroke(a, p, [[0, 0], [5, 5]]).play;
    expect(p).toMatchObject({ stroke: 1, shown: [0] });
    const r = traceStroke(a, p, [], true);
    expect(r.outcome).toMatchObject({ type: 'stroke', itemDone: true });
    expect(traceEvidence(a, r.play, [])).toMatchObject({ success: false, response: '1[.]shown[,]2[.]ok', byKey: 1 });
    expect(down).toBeDefined();
    expect(traceSummary(nextTrace(r.play)).raw).toBe(0);
  });

  it('a glyph without built-in strokes needs its own', () => {
    const text = JSON.stringify({ ...envelope, kind: 'trace', items: [{ glyph: 'Ư' }] }, null, 2);
    expect(validateActivityText(text, { file: 't.json' }).issues.map((i) => `${i.path}:${i.key}`)).toEqual(['items[0].glyph:trace.noStrokes']);
  });
});
