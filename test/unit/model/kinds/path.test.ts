import { describe, expect, it } from 'vitest';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { expand, moveSources, reachable, pathEvidence, routeProgram, runProgram } from '../../../../src/model/kinds/path/rules.ts';

const grid = { cols: 4, rows: 3, start: { x: 0, y: 1 }, goal: { x: 3, y: 1 }, obstacles: [{ x: 2, y: 1 }] };

describe('robot programs', () => {
  it('expand repeat cards over the card after them', () => {
    expect(expand(['repeat3', 'right', 'up', 'repeat2', 'down'])).toEqual(['right', 'right', 'right', 'up', 'down', 'down']);
    expect(expand(['left', 'repeat2'])).toEqual(['left']);
    expect(expand(['repeat2', 'repeat3', 'up'])).toEqual(['up', 'up', 'up']);
  });

  it('knows which card each move comes from, one per move', () => {
    const program = ['repeat3', 'right', 'up', 'repeat2', 'down', 'left', 'repeat2'] as const;
    expect(moveSources(program)).toEqual([1, 1, 1, 2, 4, 4, 5]);
    expect(moveSources(program)).toHaveLength(expand(program).length);
    expect(moveSources(['repeat2', 'repeat3', 'up'])).toEqual([2, 2, 2]);
  });

  it('stop at a rock or an edge, and say at which step', () => {
    expect(runProgram(grid, ['right', 'right'])).toEqual({ trail: [{ x: 0, y: 1 }, { x: 1, y: 1 }], end: 'bump', bumpAt: 2 });
    expect(runProgram(grid, ['left'])).toMatchObject({ end: 'bump', bumpAt: 1 });
  });

  it('reach the goal, or miss it', () => {
    expect(runProgram(grid, ['up', 'repeat3', 'right', 'down']).end).toBe('reached');
    expect(runProgram(grid, ['up', 'right']).end).toBe('miss');
  });

  it('know when no way leads to the goal', () => {
    expect(reachable(grid)).toBe(true);
    expect(reachable({ ...grid, obstacles: [{ x: 2, y: 0 }, { x: 2, y: 1 }, { x: 2, y: 2 }] })).toBe(false);
  });

  it('show the answer as a program that reaches the goal: arrows, or repeat cards over straight runs', () => {
    const plain = routeProgram(grid, false);
    expect(runProgram(grid, plain).end).toBe('reached');
    expect(plain).toEqual(expand(plain));
    // The loop lesson's board: two up, then six to the right.
    const long = { cols: 7, rows: 3, start: { x: 0, y: 2 }, goal: { x: 6, y: 0 }, obstacles: [] };
    expect(routeProgram(long, false)).toHaveLength(8);
    const looped = routeProgram(long, true);
    expect(runProgram(long, looped).end).toBe('reached');
    expect(looped.length).toBeLessThan(8);
    expect(looped).toContain('repeat3');
    expect(routeProgram({ ...grid, obstacles: [{ x: 2, y: 0 }, { x: 2, y: 1 }, { x: 2, y: 2 }] }, true)).toEqual([]);
  });

  it('make every run evidence: the program, success, which run', () => {
    const run = runProgram(grid, ['right', 'right']);
    expect(pathEvidence(0, 'Bài 1', ['right', 'right'], run, 2, ['nl.tin-hoc'])).toMatchObject({ interactionType: 'other', response: 'right[,]right', success: false, attempt: 2, completed: false });
  });
});

describe('validating a path', () => {
  const file = (items: unknown[]) => JSON.stringify({ id: 'robot', kind: 'path', title: 'R', subject: 'technology', band: 'lop-2', items }, null, 2);

  it('refuses a goal the robot cannot reach', () => {
    const issues = validateActivityText(file([{ ...grid, obstacles: [{ x: 2, y: 0 }, { x: 2, y: 1 }, { x: 2, y: 2 }] }]), { file: 't.json' }).issues;
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual(['items[0].goal:path.unreachable']);
  });

  it('refuses cells outside the grid', () => {
    const issues = validateActivityText(file([{ ...grid, goal: { x: 4, y: 1 } }]), { file: 't.json' }).issues;
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual(['items[0].goal:path.outside']);
  });
});

describe('repeat cards with nothing to repeat', () => {
  it('finds a repeat card at the end or before another repeat card (it goes BEFORE the arrow it repeats)', async () => {
    const { idleRepeats, expand } = await import('../../../../src/model/kinds/path/rules.ts');
    expect(idleRepeats(['repeat3', 'right'])).toEqual([]);
    expect(expand(['repeat3', 'right'])).toEqual(['right', 'right', 'right']);
    // "→ ×3 → ×3": the first ×3 repeats the second arrow, the last repeats nothing.
    expect(idleRepeats(['right', 'repeat3', 'right', 'repeat3'])).toEqual([3]);
    expect(idleRepeats(['repeat2', 'repeat3', 'up'])).toEqual([0]);
  });
});
