import { describe, expect, it } from 'vitest';
import { proposeLevel } from '../../../../src/model/evidence/levels.ts';
import { applyStatement, cellKey, itemKey, itemOutcome, playKey, type CompetencyCell, type ItemCell, type Rollups } from '../../../../src/model/evidence/rollup.ts';
import { answered } from '../../../support/statements.ts';

describe('item outcomes', () => {
  it('count only the answer that ends an item: 1 at the first try, 0.5 later, 0 when shown', () => {
    expect(itemOutcome(answered({ learner: 'a', success: true }))?.score).toBe(1);
    expect(itemOutcome(answered({ learner: 'a', success: true, attempt: 2 }))?.score).toBe(0.5);
    expect(itemOutcome(answered({ learner: 'a', success: false, attempt: 3 }))?.score).toBe(0);
    expect(itemOutcome(answered({ learner: 'a', success: false, completed: false }))).toBeUndefined();
    expect(itemOutcome(answered({ learner: 'a', success: true, codes: ['nl.tinh-toan', 'cs5.104'] }))?.codes).toEqual(['nl.tinh-toan', 'cs5.104']);
  });
});

describe('rollups', () => {
  it('add each counted answer to every competency it is tagged with, and to its item', () => {
    const r: Rollups = new Map();
    const s1 = answered({ learner: 'an', item: 2, success: true, codes: ['nl.tinh-toan', 'nlc.giai-quyet-van-de'] });
    expect(applyStatement(r, s1)).toEqual([cellKey('an', 'nl.tinh-toan'), cellKey('an', 'nlc.giai-quyet-van-de'), playKey('an', 'dem-so'), itemKey('dem-so', 2)]);
    applyStatement(r, answered({ learner: 'an', item: 2, success: false, completed: false }));
    applyStatement(r, answered({ learner: 'binh', item: 2, success: true, attempt: 2 }));
    expect(r.get(cellKey('an', 'nl.tinh-toan'))).toMatchObject({ n: 1, recent: [1], ids: [s1.id], firstTry: 1, later: 0, shown: 0 });
    expect(r.get(playKey('binh', 'dem-so'))).toMatchObject({ n: 1, recent: [0.5], later: 1, items: { 2: 0.5 } });
    expect(r.get(itemKey('dem-so', 2)) as ItemCell).toEqual({ activity: 'dem-so', item: 2, n: 2, firstTry: 1, attempts: 3 });
  });

  it('keep the latest 20 scores and 50 evidence ids', () => {
    const r: Rollups = new Map();
    for (let i = 0; i < 60; i++) applyStatement(r, answered({ learner: 'an', success: i >= 30 }));
    const cell = r.get(cellKey('an', 'nl.tinh-toan')) as CompetencyCell;
    expect(cell.n).toBe(60);
    expect(cell.recent).toEqual(Array(20).fill(1));
    expect(cell.ids).toHaveLength(50);
  });
});

describe('the proposed level (Thông tư 27)', () => {
  const cell = (scores: number[]) => ({ recent: scores });
  it('is not proposed below 4 items of evidence', () => {
    expect(proposeLevel(undefined)).toEqual({ level: 'chua-du' });
    expect(proposeLevel(cell([1, 1, 1]))).toEqual({ level: 'chua-du' });
  });
  it('is Tốt from a mean of 0.8, Đạt from 0.5, Cần cố gắng below', () => {
    expect(proposeLevel(cell([1, 1, 1, 0.5, 0.5])).level).toBe('tot'); // 0.8
    expect(proposeLevel(cell([1, 1, 0.5, 0.5, 0.5])).level).toBe('dat'); // 0.7
    expect(proposeLevel(cell([1, 0, 0.5, 0.5])).level).toBe('dat'); // 0.5
    expect(proposeLevel(cell([1, 0, 0, 0.5])).level).toBe('can-co-gang'); // 0.375
  });
});
