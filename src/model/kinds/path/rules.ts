import type { PathActivity } from './schema.ts';
import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import { itemScore } from '../score.ts';
import { hintDue } from '../tries.ts';

export type Move = 'up' | 'down' | 'left' | 'right';
/** A card of the program: a move, or "repeat the next card 2 (3) times". */
export type Card = Move | 'repeat2' | 'repeat3';
export const MOVES: Move[] = ['up', 'down', 'left', 'right'];

interface Grid {
  cols: number;
  rows: number;
  start: { x: number; y: number };
  goal: { x: number; y: number };
  obstacles: { x: number; y: number }[];
}

export const STEP: Record<Move, { dx: number; dy: number }> = { up: { dx: 0, dy: -1 }, down: { dx: 0, dy: 1 }, left: { dx: -1, dy: 0 }, right: { dx: 1, dy: 0 } };

const free = (g: Grid, x: number, y: number) => x >= 0 && y >= 0 && x < g.cols && y < g.rows && !g.obstacles.some((o) => o.x === x && o.y === y);

/** Whether the goal can be reached at all (the validator refuses a puzzle with no way through). */
export function reachable(g: Grid): boolean {
  const seen = new Set([`${g.start.x},${g.start.y}`]);
  const queue = [g.start];
  while (queue.length) {
    const c = queue.shift() as { x: number; y: number };
    if (c.x === g.goal.x && c.y === g.goal.y) return true;
    for (const m of MOVES) {
      const n = { x: c.x + STEP[m].dx, y: c.y + STEP[m].dy };
      if (free(g, n.x, n.y) && !seen.has(`${n.x},${n.y}`)) {
        seen.add(`${n.x},${n.y}`);
        queue.push(n);
      }
    }
  }
  return false;
}

/** A shortest way from start to goal, cell by cell (the start first; empty when there is none): a hint shows it. */
export function shortestRoute(g: Grid): { x: number; y: number }[] {
  const key = (c: { x: number; y: number }) => `${c.x},${c.y}`;
  const from = new Map<string, { x: number; y: number } | null>([[key(g.start), null]]);
  const queue = [g.start];
  while (queue.length) {
    const c = queue.shift() as { x: number; y: number };
    if (c.x === g.goal.x && c.y === g.goal.y) {
      const route = [];
      for (let at: { x: number; y: number } | null | undefined = c; at; at = from.get(key(at))) route.unshift({ x: at.x, y: at.y });
      return route;
    }
    for (const m of MOVES) {
      const n = { x: c.x + STEP[m].dx, y: c.y + STEP[m].dy };
      if (free(g, n.x, n.y) && !from.has(key(n))) {
        from.set(key(n), c);
        queue.push(n);
      }
    }
  }
  return [];
}

/**
 * A program that walks a shortest way (the teacher's "show the answer"): one arrow per step, or
 * with repeat cards, a straight run of 2 or 3 as "×2 →" / "×3 →" (so it stays within the few
 * cards a repeat puzzle allows). Empty when there is no way.
 */
export function routeProgram(g: Grid, repeat: boolean): Card[] {
  const route = shortestRoute(g);
  const moves: Move[] = [];
  for (let i = 1; i < route.length; i++) {
    const [a, b] = [route[i - 1] as { x: number; y: number }, route[i] as { x: number; y: number }];
    moves.push(MOVES.find((m) => STEP[m].dx === b.x - a.x && STEP[m].dy === b.y - a.y) as Move);
  }
  if (!repeat) return moves;
  const out: Card[] = [];
  for (let i = 0; i < moves.length; ) {
    const m = moves[i] as Move;
    let n = 1;
    while (n < 3 && moves[i + n] === m) n++;
    out.push(...(n === 1 ? [m] : [n === 2 ? ('repeat2' as const) : ('repeat3' as const), m]));
    i += n;
  }
  return out;
}

/**
 * The fewest cards of a program from start to goal (undefined when there is no way). A card
 * moves one cell; with repeat cards, "×2 →" or "×3 →" moves two or three cells for two cards.
 */
export function fewestCards(g: Grid, repeat: boolean): number | undefined {
  const key = (c: { x: number; y: number }) => `${c.x},${c.y}`;
  const cost = new Map([[key(g.start), 0]]);
  // Costs are 1 or 2: a list kept sorted by cost is enough for grids of 8 × 6.
  const queue: { x: number; y: number; c: number }[] = [{ ...g.start, c: 0 }];
  while (queue.length) {
    queue.sort((a, b) => a.c - b.c);
    const at = queue.shift() as { x: number; y: number; c: number };
    if (at.x === g.goal.x && at.y === g.goal.y) return at.c;
    if (at.c > (cost.get(key(at)) ?? Infinity)) continue;
    for (const m of MOVES) {
      for (let run = 1; run <= (repeat ? 3 : 1); run++) {
        const n = { x: at.x + STEP[m].dx * run, y: at.y + STEP[m].dy * run };
        if (!free(g, n.x, n.y)) break; // the robot bumps: longer runs stop here too
        const c = at.c + (run === 1 ? 1 : 2);
        if (c < (cost.get(key(n)) ?? Infinity)) {
          cost.set(key(n), c);
          queue.push({ ...n, c });
        }
      }
    }
  }
  return undefined;
}

/**
 * The repeat cards of a program that repeat nothing: a ×2 or ×3 goes BEFORE the arrow it
 * repeats, so one at the end, or followed by another repeat card, has no arrow to repeat
 * ("→ ×3 → ×3" moves one square). The view says so instead of running such a program.
 */
export function idleRepeats(program: readonly Card[]): number[] {
  const isRepeat = (c: Card | undefined) => c === 'repeat2' || c === 'repeat3';
  return program.flatMap((c, i) => (isRepeat(c) && (program[i + 1] === undefined || isRepeat(program[i + 1])) ? [i] : []));
}

/** The moves a program makes: a repeat card repeats the card after it (a repeat at the end does nothing). */
export function expand(program: readonly Card[]): Move[] {
  const out: Move[] = [];
  for (let i = 0; i < program.length; i++) {
    const c = program[i] as Card;
    if (c === 'repeat2' || c === 'repeat3') {
      const next = program[i + 1];
      if (next && next !== 'repeat2' && next !== 'repeat3') {
        for (let k = 0; k < (c === 'repeat2' ? 2 : 3); k++) out.push(next);
        i++;
      }
    } else out.push(c);
  }
  return out;
}

export interface Run {
  /** Where the robot is after each step it could make (the start first). */
  trail: { x: number; y: number }[];
  /** reached: at the goal when the program ends; bump: stopped by an edge or a rock at `step`; miss: ended elsewhere. */
  end: 'reached' | 'bump' | 'miss';
  /** The step (from 1) that bumped. */
  bumpAt?: number;
}

/** Run a program on a puzzle, step by step, as the robot would. */
/**
 * For each move `expand` makes, the program card it comes from (a repeated card's own index),
 * so the view can light up the card the robot is playing, step by step.
 */
export function moveSources(program: readonly Card[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < program.length; i++) {
    const c = program[i] as Card;
    if (c === 'repeat2' || c === 'repeat3') {
      const next = program[i + 1];
      if (next && next !== 'repeat2' && next !== 'repeat3') {
        for (let k = 0; k < (c === 'repeat2' ? 2 : 3); k++) out.push(i + 1);
        i++;
      }
    } else out.push(i);
  }
  return out;
}

export function runProgram(g: Grid, program: readonly Card[]): Run {
  const trail = [{ ...g.start }];
  const moves = expand(program);
  for (const [i, m] of moves.entries()) {
    const at = trail[trail.length - 1] as { x: number; y: number };
    const next = { x: at.x + STEP[m].dx, y: at.y + STEP[m].dy };
    if (!free(g, next.x, next.y)) return { trail, end: 'bump', bumpAt: i + 1 };
    trail.push(next);
  }
  const last = trail[trail.length - 1] as { x: number; y: number };
  return { trail, end: last.x === g.goal.x && last.y === g.goal.y ? 'reached' : 'miss' };
}

/**
 * Every run is evidence, so a teacher sees the debugging, not only the success: the program
 * as the response, how it ended, and which run this was. The puzzle ends when the goal is reached.
 */
export function pathEvidence(item: number, prompt: AnswerEvidence['prompt'], program: readonly Card[], run: Run, runNumber: number, competencies: string[]): AnswerEvidence {
  return {
    itemIndex: item,
    interactionType: 'other',
    prompt,
    response: program.join('[,]'),
    success: run.end === 'reached',
    attempt: runNumber,
    hints: 0,
    competencies,
    completed: run.end === 'reached',
  };
}

export const puzzleScore = (runs: number) => itemScore(true, runs);

/** Where a child is in a path activity: the puzzle, the runs made on it, the scores of the puzzles solved. */
export interface PathPlay {
  readonly index: number;
  readonly runs: number;
  readonly scores: readonly number[];
}

export const startPath = (): PathPlay => ({ index: 0, runs: 0, scores: [] });

/** One run of a program: every run counts; the puzzle is solved (and scored) when the robot reaches the goal. */
export interface PathOutcome {
  run: Run;
  runNumber: number;
  /** A run that missed, after hintAfter such runs on this puzzle: the view shows the way (hintDue). */
  hint: boolean;
}

export function runPath(a: PathActivity, play: PathPlay, program: readonly Card[]): { play: PathPlay; outcome: PathOutcome } {
  const puzzle = a.items[play.index];
  if (!puzzle) return { play, outcome: { run: { trail: [], end: 'miss' }, runNumber: play.runs, hint: false } };
  const run = runProgram(puzzle, program);
  const runs = play.runs + 1;
  const scores = run.end === 'reached' ? [...play.scores, puzzleScore(runs)] : play.scores;
  // Every run before a success missed, so the runs made are the wrong tries.
  return { play: { ...play, runs, scores }, outcome: { run, runNumber: runs, hint: run.end !== 'reached' && hintDue(runs, a.hintAfter) } };
}

/** On to the next puzzle (after a solved one, or the teacher's next / previous). */
export const pathAt = (item: number, scores: readonly number[]): PathPlay => ({ index: item, runs: 0, scores });

export const pathFinished = (a: PathActivity, p: PathPlay) => p.index >= a.items.length;
