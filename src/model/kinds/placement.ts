import type { AnswerStep, StartContext } from './definition.ts';
import type { Localized } from '../activity/lang.ts';
import type { AnswerEvidence } from '../evidence/answer-evidence.ts';
import { shuffled, type Rng } from '../random.ts';
import { itemScore, starsFor } from './score.ts';

/**
 * The rules shared by sort, match and sequence: things to put where they belong. Each thing
 * has one right place; a place may take several things (a sort bin) or one (a match, a slot).
 * A wrong move leaves the thing where it was; after the last wrong try it goes to its place
 * by itself (shown), so a child is never stuck.
 */
export interface PlacementProblem {
  things: { id: string; place: string }[];
  /** `capacity`: how many things the place takes; absent, any number (a checkpoint is JSON: no Infinity). */
  places: { id: string; capacity?: number }[];
  maxAttempts: number;
}

export interface ThingResult {
  thing: string;
  success: boolean;
  attempts: number;
  shown: boolean;
  score: number;
}

export interface PlacementPlay {
  readonly problem: PlacementProblem;
  /** Where each placed thing is. */
  readonly placed: Readonly<Record<string, string>>;
  /** Wrong tries so far per thing. */
  readonly wrong: Readonly<Record<string, number>>;
  readonly results: readonly ThingResult[];
  /** The order the things are offered in (shuffled once). */
  readonly order: readonly string[];
}

export type PlacementOutcome =
  | { type: 'correct'; thing: string; place: string; attempt: number; result: ThingResult }
  | { type: 'wrong'; thing: string; place: string; attempt: number; attemptsLeft: number }
  /** The last wrong try (`tried`); the thing then went to its place by itself. */
  | { type: 'shown'; thing: string; place: string; tried: string; attempt: number; result: ThingResult }
  /** Nothing happens: the thing is already placed, unknown, or the place is full. */
  | { type: 'ignored'; reason: 'placed' | 'unknown' | 'full' };

export function startPlacement(problem: PlacementProblem, rng: Rng, shuffle = true): PlacementPlay {
  const ids = problem.things.map((t) => t.id);
  return { problem, placed: {}, wrong: {}, results: [], order: shuffle ? shuffled(ids, rng) : ids };
}

export const occupancy = (play: PlacementPlay, place: string) => Object.values(play.placed).filter((p) => p === place).length;

export function place(play: PlacementPlay, thingId: string, placeId: string): { play: PlacementPlay; outcome: PlacementOutcome } {
  const thing = play.problem.things.find((t) => t.id === thingId);
  const target = play.problem.places.find((p) => p.id === placeId);
  if (!thing || !target) return { play, outcome: { type: 'ignored', reason: 'unknown' } };
  if (play.placed[thingId] !== undefined) return { play, outcome: { type: 'ignored', reason: 'placed' } };
  if (target.capacity !== undefined && occupancy(play, placeId) >= target.capacity) return { play, outcome: { type: 'ignored', reason: 'full' } };
  const attempt = (play.wrong[thingId] ?? 0) + 1;
  if (thing.place === placeId) {
    const result: ThingResult = { thing: thingId, success: true, attempts: attempt, shown: false, score: itemScore(true, attempt) };
    return { play: settle(play, thingId, placeId, result), outcome: { type: 'correct', thing: thingId, place: placeId, attempt, result } };
  }
  if (attempt >= play.problem.maxAttempts) {
    const result: ThingResult = { thing: thingId, success: false, attempts: attempt, shown: true, score: 0 };
    return { play: settle(play, thingId, thing.place, result), outcome: { type: 'shown', thing: thingId, place: thing.place, tried: placeId, attempt, result } };
  }
  return {
    play: { ...play, wrong: { ...play.wrong, [thingId]: attempt } },
    outcome: { type: 'wrong', thing: thingId, place: placeId, attempt, attemptsLeft: play.problem.maxAttempts - attempt },
  };
}

function settle(play: PlacementPlay, thing: string, where: string, result: ThingResult): PlacementPlay {
  return { ...play, placed: { ...play.placed, [thing]: where }, results: [...play.results, result] };
}

/**
 * The teacher shows the answer: every thing not yet placed goes to its place, scoring 0.
 * No move of the child's is recorded for them.
 */
export function revealPlacement(play: PlacementPlay): { play: PlacementPlay; shown: { thing: string; place: string }[] } {
  let next = play;
  const shown: { thing: string; place: string }[] = [];
  for (const id of play.order) {
    const thing = play.problem.things.find((t) => t.id === id);
    if (!thing || next.placed[id] !== undefined) continue;
    next = settle(next, id, thing.place, { thing: id, success: false, attempts: next.wrong[id] ?? 0, shown: true, score: 0 });
    shown.push({ thing: id, place: thing.place });
  }
  return { play: next, shown };
}

/**
 * A checkpoint read back after a reload: kept only if it is a play of this same problem (the
 * file may have changed since), with every placed thing where the rules put it.
 */
export function resumePlacement(saved: unknown, fresh: PlacementPlay): PlacementPlay | undefined {
  const p = saved as PlacementPlay | undefined;
  if (!p || typeof p !== 'object' || !p.placed || !p.wrong || !Array.isArray(p.results) || !Array.isArray(p.order)) return undefined;
  const same = JSON.stringify(p.problem) === JSON.stringify(fresh.problem) && [...p.order].sort().join() === fresh.order.map(String).sort().join();
  const placedRight = Object.entries(p.placed).every(([id, where]) => fresh.problem.things.find((t) => t.id === id)?.place === where);
  // The problem is the file's, never the saved copy: only where the child got to comes from the checkpoint.
  return same && placedRight && p.results.length === Object.keys(p.placed).length ? { ...p, problem: fresh.problem } : undefined;
}

export const placementFinished = (play: PlacementPlay) => play.results.length === play.problem.things.length;

export function placementSummary(play: PlacementPlay): { raw: number; max: number; stars: 1 | 2 | 3 } {
  const max = play.problem.things.length;
  const raw = play.results.reduce((s, r) => s + r.score, 0);
  const scaled = max ? raw / max : 0;
  return { raw, max, stars: starsFor(scaled) };
}

/** How a kind names its things and places, for evidence a teacher can read. */
export interface PlacementLabels {
  things: Localized[];
  places: Localized[];
  competencies: string[];
}

/** Each move is evidence: an xAPI matching interaction, "thing[.]place", for the thing moved. */
export function placementEvidence(play: PlacementPlay, labels: PlacementLabels, outcome: PlacementOutcome): AnswerEvidence | undefined {
  if (outcome.type === 'ignored') return undefined;
  const { things, places } = play.problem;
  const index = things.findIndex((t) => t.id === outcome.thing);
  const thing = things[index];
  if (!thing) return undefined;
  const moved = outcome.type === 'shown' ? outcome.tried : outcome.place;
  return {
    itemIndex: index,
    interactionType: 'matching',
    prompt: labels.things[index] ?? thing.id,
    source: things.map((t, i) => ({ id: t.id, description: labels.things[i] ?? t.id })),
    target: places.map((p, i) => ({ id: p.id, description: labels.places[i] ?? p.id })),
    correctResponsesPattern: [`${thing.id}[.]${thing.place}`],
    response: `${thing.id}[.]${moved}`,
    success: outcome.type === 'correct',
    attempt: outcome.attempt,
    hints: 0,
    competencies: labels.competencies,
    completed: outcome.type !== 'wrong',
  };
}

/** One move of a placement kind: this thing to that place. */
export interface PlacementMove {
  thing: string;
  place: string;
}

/** The contract part every placement kind shares; a kind gives how it starts and names its things. */
export function placementRules<A>(start: (a: A, rng: Rng) => PlacementPlay, labelsOf: (a: A) => PlacementLabels) {
  return {
    start: (a: A, ctx: StartContext) => start(a, ctx.rng),
    answer: (play: PlacementPlay, move: PlacementMove) => place(play, move.thing, move.place),
    evidence: (step: AnswerStep<PlacementPlay, PlacementMove, PlacementOutcome>, a: A) => placementEvidence(step.before, labelsOf(a), step.outcome),
    finished: placementFinished,
    summary: placementSummary,
    checkpoint: (play: PlacementPlay): unknown => play,
    resume: (saved: unknown, fresh: PlacementPlay) => resumePlacement(saved, fresh),
  };
}
