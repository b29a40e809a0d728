import { describe, expect, it } from 'vitest';
import { backItem, readStepCheckpoint, skipItem } from '../../../../src/model/kinds/steps.ts';

describe('item checkpoints (reload, next, previous)', () => {
  it('reads back a checkpoint that fits the activity', () => {
    expect(readStepCheckpoint({ item: 2, scores: [1, 0.5] }, 5)).toEqual({ item: 2, scores: [1, 0.5] });
    expect(readStepCheckpoint({ item: 0, scores: [] }, 1)).toEqual({ item: 0, scores: [] });
  });

  it('refuses one that does not: past the end, scores missing or out of range, wrong shapes', () => {
    for (const bad of [{ item: 5, scores: [1, 1, 1, 1, 1] }, { item: 2, scores: [1] }, { item: 1, scores: [2] }, { item: 1, scores: ['1'] }, { item: -1, scores: [] }, { item: 1.5, scores: [1] }, null, 'x', { scores: [] }]) {
      expect(readStepCheckpoint(bad, 5)).toBeUndefined();
    }
  });

  it('next scores the item 0 and moves on; previous replays the item before and drops later scores', () => {
    expect(skipItem(2, [1, 0.5])).toEqual({ item: 3, scores: [1, 0.5, 0] });
    expect(backItem(2, [1, 0.5])).toEqual({ item: 1, scores: [1] });
    expect(backItem(0, [])).toEqual({ item: 0, scores: [] });
  });
});
