import type { Rng } from '../../random.ts';
import { startPlacement, type PlacementLabels, type PlacementPlay } from '../placement.ts';
import type { SortActivity } from './schema.ts';

/** A sort as a placement: item i goes to its bin; a bin takes any number of items (no capacity: a checkpoint is JSON, it has no Infinity). */
export function startSort(a: SortActivity, rng: Rng): PlacementPlay {
  return startPlacement(
    {
      things: a.items.map((it, i) => ({ id: `i${i + 1}`, place: it.bin })),
      places: a.bins.map((b) => ({ id: b.id })),
      maxAttempts: a.maxAttempts,
    },
    rng,
  );
}

export function sortLabels(a: SortActivity): PlacementLabels {
  return { things: a.items.map((it) => it.text ?? it.image ?? ''), places: a.bins.map((b) => b.label), competencies: a.competencies };
}
