import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { strokesOf, type Stroke } from '../../trace/glyphs.ts';
import { drawingSvg, judgeStroke, type StrokeFault } from '../../trace/judge.ts';
import { itemScore, summaryOf } from '../score.ts';
import type { TraceActivity } from './schema.ts';

export interface TracePlay {
  readonly index: number;
  /** The stroke to trace next, in the current item. */
  readonly stroke: number;
  /** Wrong tries on the current stroke. */
  readonly wrong: number;
  /** Wrong tries in the whole current item. */
  readonly itemWrong: number;
  /** Strokes drawn for the child after their last wrong try, in the current item. */
  readonly shown: readonly number[];
  /** What the child drew for each stroke so far (the product). */
  readonly drawing: readonly Stroke[];
  /** Strokes made with the keyboard (its twin draws them). */
  readonly byKey: number;
  readonly scores: readonly number[];
}

export type TraceOutcome =
  | { type: 'stroke'; stroke: number; itemDone: boolean }
  | { type: 'wrong'; stroke: number; faults: StrokeFault[]; attemptsLeft: number }
  /** The last wrong try: the stroke is drawn for the child. */
  | { type: 'shown'; stroke: number; faults: StrokeFault[]; itemDone: boolean };

export const startTrace = (): TracePlay => ({ index: 0, stroke: 0, wrong: 0, itemWrong: 0, shown: [], drawing: [], byKey: 0, scores: [] });

export const strokesOfItem = (a: TraceActivity, i: number) => {
  const item = a.items[i]!;
  return strokesOf(item.glyph, item.strokes);
};
export const traceFinished = (a: TraceActivity, p: TracePlay) => p.index >= a.items.length;

/**
 * A traced stroke (points in the letter's 100 × 100 box). `byKey`: the keyboard twin traced
 * it (the model stroke itself): accepted, and counted so the teacher can tell.
 */
export function traceStroke(a: TraceActivity, p: TracePlay, path: Stroke, byKey = false): { play: TracePlay; outcome: TraceOutcome } {
  const strokes = strokesOfItem(a, p.index);
  const model = strokes[p.stroke]!;
  const judged = byKey ? { ok: true, faults: [] } : judgeStroke(model, path, a.tolerance);
  const last = p.stroke + 1 === strokes.length;
  if (judged.ok) {
    const play = { ...p, stroke: p.stroke + 1, wrong: 0, drawing: [...p.drawing, path], byKey: p.byKey + (byKey ? 1 : 0) };
    return { play, outcome: { type: 'stroke', stroke: p.stroke, itemDone: last } };
  }
  const wrong = p.wrong + 1;
  if (wrong < a.maxAttempts) return { play: { ...p, wrong, itemWrong: p.itemWrong + 1 }, outcome: { type: 'wrong', stroke: p.stroke, faults: judged.faults, attemptsLeft: a.maxAttempts - wrong } };
  const play = { ...p, stroke: p.stroke + 1, wrong: 0, itemWrong: p.itemWrong + 1, shown: [...p.shown, p.stroke], drawing: [...p.drawing, model] };
  return { play, outcome: { type: 'shown', stroke: p.stroke, faults: judged.faults, itemDone: last } };
}

/** The teacher shows the answer: every stroke left is drawn for the child (the letter scores 0). */
export function revealTrace(a: TraceActivity, p: TracePlay): { play: TracePlay; drawn: Stroke[] } {
  const strokes = strokesOfItem(a, p.index);
  const drawn = strokes.slice(p.stroke);
  const shown = drawn.map((_, i) => p.stroke + i);
  return { play: { ...p, stroke: strokes.length, wrong: 0, shown: [...p.shown, ...shown], drawing: [...p.drawing, ...drawn] }, drawn };
}

/** The play at the start of an item (reload, the teacher's next and previous). */
export const traceAt = (item: number, scores: readonly number[]): TracePlay => ({ ...startTrace(), index: item, scores });

/** The finished item: right when no stroke had to be drawn for the child. */
export function traceItemResult(p: TracePlay): { success: boolean; attempt: number; score: number } {
  const success = p.shown.length === 0;
  const attempt = p.itemWrong + 1;
  return { success, attempt, score: itemScore(success, attempt) };
}

export function nextTrace(p: TracePlay): TracePlay {
  return { ...p, index: p.index + 1, stroke: 0, wrong: 0, itemWrong: 0, shown: [], drawing: [], byKey: 0, scores: [...p.scores, traceItemResult(p).score] };
}

export const traceSummary = (p: TracePlay) => summaryOf(p.scores);

/** Evidence for a finished letter: strokes right at the first try, and the drawing as the product. */
export function traceEvidence(a: TraceActivity, p: TracePlay, competencies: string[]): AnswerEvidence {
  const item = a.items[p.index]!;
  const n = strokesOfItem(a, p.index).length;
  const { success, attempt } = traceItemResult(p);
  return {
    itemIndex: p.index,
    interactionType: 'performance',
    prompt: { vi: `Tô chữ ${item.glyph}`, en: `Trace ${item.glyph}` },
    // xAPI performance: step[.]result for each stroke, "ok" when traced (by hand or by key), "shown" when drawn for the child.
    correctResponsesPattern: [Array.from({ length: n }, (_, i) => `${i + 1}[.]ok`).join('[,]')],
    response: Array.from({ length: n }, (_, i) => `${i + 1}[.]${p.shown.includes(i) ? 'shown' : 'ok'}`).join('[,]'),
    success,
    attempt,
    hints: 0,
    competencies,
    completed: true,
    ...(a.keep && { product: drawingSvg(p.drawing) }),
    ...(p.byKey > 0 && { byKey: p.byKey }),
  };
}
