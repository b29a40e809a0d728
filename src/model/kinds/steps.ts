/**
 * Most kinds go item by item and score each item when it ends. Their checkpoint (saved at the
 * start of each item) is just where they are and the scores so far: with the same seed the
 * rest of the play is rebuilt exactly, so a reload, the teacher's "next" (the item scores 0)
 * and "previous" (the item before is played again) are all a jump to the start of an item.
 */
export interface StepCheckpoint {
  item: number;
  scores: number[];
}

/** A checkpoint read back after a reload, if it fits an activity of `total` items. */
export function readStepCheckpoint(saved: unknown, total: number): StepCheckpoint | undefined {
  const c = saved as Partial<StepCheckpoint> | undefined;
  if (!c || typeof c !== 'object' || !Number.isInteger(c.item) || !Array.isArray(c.scores)) return undefined;
  const item = c.item as number;
  const scoresOk = c.scores.length === item && c.scores.every((s) => typeof s === 'number' && s >= 0 && s <= 1);
  return item >= 0 && item < total && scoresOk ? { item, scores: [...c.scores] } : undefined;
}

/** The teacher's "next": this item scores 0 (it was not answered) and the next one starts. */
export const skipItem = (item: number, scores: readonly number[]): StepCheckpoint => ({ item: item + 1, scores: [...scores.slice(0, item), 0] });

/** The teacher's "previous": the item before starts again, its score and those after dropped. */
export function backItem(item: number, scores: readonly number[]): StepCheckpoint {
  const to = Math.max(0, item - 1);
  return { item: to, scores: scores.slice(0, to) };
}

/** The play state every step kind keeps: the item it is at and the scores of the items before. */
export interface StepPlay {
  readonly index: number;
  readonly scores: readonly number[];
}

/** A step kind's checkpoint: where it is and the scores so far (saved at the start of each item). */
export const stepCheckpointOf = (p: StepPlay): StepCheckpoint => ({ item: p.index, scores: [...p.scores] });

/** A step checkpoint put back onto a fresh play of `total` items: the same seed rebuilds the rest. */
export function resumeSteps<P extends StepPlay>(saved: unknown, fresh: P, total: number): P | undefined {
  const cp = readStepCheckpoint(saved, total);
  return cp && { ...fresh, index: cp.item, scores: cp.scores };
}
