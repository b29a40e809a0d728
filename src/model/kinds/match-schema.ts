import { z } from 'zod';
import { envelope } from '../activity/envelope.ts';
import { card, maxAttempts } from './card-schema.ts';

/** `match`: pair each card on the left with its partner on the right (picture–word, number–quantity). */
export const matchActivity = z.strictObject({
  ...envelope,
  kind: z.literal('match'),
  pairs: z.array(z.strictObject({ left: card, right: card })).min(2).max(8),
  maxAttempts,
});

export type MatchActivity = z.infer<typeof matchActivity>;
