import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { fewestCards, reachable } from './rules.ts';

const cell = z.strictObject({ x: z.number().int().min(0).max(9), y: z.number().int().min(0).max(9) });

const puzzle = z
  .strictObject({
    cols: z.number().int().min(2).max(8).meta({ description: 'Columns of the grid.' }),
    rows: z.number().int().min(2).max(6).meta({ description: 'Rows of the grid.' }),
    start: cell.meta({ description: 'The robot: column x, row y, counted from 0 at the top left.' }),
    goal: cell.meta({ description: 'The star: column x, row y.' }),
    obstacles: z.array(cell).max(30).default([]).meta({ description: 'Rocks the robot cannot cross, each { "x": column, "y": row }.' }),
  })
  .check((ctx) => {
    const p = ctx.value;
    const inside = (c: { x: number; y: number }) => c.x < p.cols && c.y < p.rows;
    const at = (c: { x: number; y: number }, path: (string | number)[]) => ctx.issues.push({ code: 'custom', message: 'path.outside', params: { cols: p.cols, rows: p.rows }, input: c, path });
    if (!inside(p.start)) at(p.start, ['start']);
    if (!inside(p.goal)) at(p.goal, ['goal']);
    p.obstacles.forEach((o, i) => !inside(o) && at(o, ['obstacles', i]));
    if (inside(p.start) && inside(p.goal) && !reachable(p)) ctx.issues.push({ code: 'custom', message: 'path.unreachable', input: p.goal, path: ['goal'] });
  });

/** `path`: program a robot with arrow cards (and a repeat card) to reach the goal on a grid. */
export const pathActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('path').meta({ description: 'path: program a robot with arrow cards to reach the star.' }),
    items: z.array(puzzle).min(1).max(10).meta({ description: 'The grids, one by one.' }),
    repeat: z.boolean().default(false).meta({ description: 'Offer the repeat cards ×2 and ×3 (grade 3 and up). A repeat card goes BEFORE the arrow it repeats: ×3 → moves three squares right. Default false.' }),
    maxCards: z.number().int().min(2).max(20).default(12).meta({ description: 'The longest program a child may build. Default 12.' }),
  })
  .check((ctx) => {
    const { items, repeat, maxCards } = ctx.value;
    items.forEach((p, i) => {
      const needed = fewestCards(p, repeat);
      if (needed !== undefined && needed > maxCards) ctx.issues.push({ code: 'custom', message: 'path.tooFewCards', params: { needed, max: maxCards }, input: p.goal, path: ['items', i, 'goal'] });
    });
  });

export type PathActivity = z.infer<typeof pathActivity>;
export type PathPuzzle = PathActivity['items'][number];
