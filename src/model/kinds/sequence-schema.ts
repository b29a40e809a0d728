import { z } from 'zod';
import { envelope } from '../activity/envelope.ts';
import { card, maxAttempts } from './card-schema.ts';

/** `sequence`: put 3–8 cards in order (a plant's life cycle, the steps of an experiment). */
export const sequenceActivity = z.strictObject({
  ...envelope,
  kind: z.literal('sequence'),
  cards: z.array(card).min(3).max(8).meta({ description: 'The cards in the right order; the player shuffles them.' }),
  maxAttempts,
});

export type SequenceActivity = z.infer<typeof sequenceActivity>;
