import type { Rng } from '../../random.ts';
import type { MatchActivity } from './schema.ts';
import { startPlacement, type PlacementLabels, type PlacementPlay } from '../placement.ts';

/** A match as a placement: left card i goes onto right card i, one card each. */
export function startMatch(a: MatchActivity, rng: Rng): PlacementPlay {
  return startPlacement(
    {
      things: a.pairs.map((_, i) => ({ id: `l${i + 1}`, place: `r${i + 1}` })),
      places: a.pairs.map((_, i) => ({ id: `r${i + 1}`, capacity: 1 })),
      maxAttempts: a.maxAttempts,
    },
    rng,
  );
}

export function matchLabels(a: MatchActivity): PlacementLabels {
  return { things: a.pairs.map((p) => p.left.text ?? p.left.image ?? ''), places: a.pairs.map((p) => p.right.text ?? p.right.image ?? ''), competencies: a.competencies };
}
