import type { Stroke } from '../../trace/glyphs.ts';
import { defineKind } from '../definition.ts';
import { resumeSteps, stepCheckpointOf } from '../steps.ts';
import { traceFinished, startTrace, traceEvidence, traceStroke, traceSummary } from './rules.ts';
import { traceActivity } from './schema.ts';
import { traceTemplate } from './template.ts';

/** One traced stroke; `byKey` when the keyboard twin traced it. */
export interface TraceInput {
  stroke: Stroke;
  byKey?: boolean;
}

/** `trace`: trace a letter stroke by stroke. An answer is one stroke; a finished letter is evidence. */
export const traceKind = defineKind({
  kind: 'trace',
  schema: traceActivity,
  template: traceTemplate,
  labels: (a) => a.items.map((it) => it.glyph),
  start: () => startTrace(),
  answer: (play, input: TraceInput, a) => traceStroke(a, play, input.stroke, input.byKey),
  evidence: ({ after, outcome }, a) => (outcome.type !== 'wrong' && outcome.itemDone ? traceEvidence(a, after, a.competencies) : undefined),
  finished: (play, a) => traceFinished(a, play),
  summary: traceSummary,
  checkpoint: (play) => stepCheckpointOf(play),
  resume: (saved, fresh, a) => resumeSteps(saved, fresh, a.items.length),
});
