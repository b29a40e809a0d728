import type { Rng } from '../../random.ts';
import { startPlacement, type PlacementLabels, type PlacementPlay } from '../placement.ts';
import type { SequenceActivity } from './schema.ts';

/** A sequence as a placement: card i goes to slot i (the file lists the cards in order). */
export function startSequence(a: SequenceActivity, rng: Rng): PlacementPlay {
  return startPlacement(
    {
      things: a.cards.map((_, i) => ({ id: `c${i + 1}`, place: `s${i + 1}` })),
      places: a.cards.map((_, i) => ({ id: `s${i + 1}`, capacity: 1 })),
      maxAttempts: a.maxAttempts,
    },
    rng,
  );
}

export function sequenceLabels(a: SequenceActivity): PlacementLabels {
  return { things: a.cards.map((c) => c.text ?? c.image ?? ''), places: a.cards.map((_, i) => String(i + 1)), competencies: a.competencies };
}
