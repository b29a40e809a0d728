import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { card, lookAlikes, maxAttempts } from '../card-schema.ts';

/** `sequence`: put 3–8 cards in order (a plant's life cycle, the steps of an experiment). */
export const sequenceActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('sequence').meta({ description: 'sequence: put the cards in order.' }),
    cards: z.array(card).min(3).max(8).meta({ description: 'The cards in the right order; the player shuffles them.' }),
    maxAttempts: maxAttempts.meta({ description: 'Tries per card; after the last wrong one the card goes to its place by itself. Default 3.' }),
  })
  .check((ctx) => {
    for (const [a, b] of lookAlikes(ctx.value.cards)) ctx.issues.push({ code: 'custom', message: 'sequence.tie', params: { a: a + 1, b: b + 1 }, input: ctx.value.cards[b], path: ['cards', b] });
  });

export type SequenceActivity = z.infer<typeof sequenceActivity>;
