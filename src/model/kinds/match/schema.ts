import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { card, lookAlikes, maxAttempts } from '../card-schema.ts';

/** `match`: pair each card on the left with its partner on the right (picture–word, number–quantity). */
export const matchActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('match').meta({ description: 'match: drag each left card onto its partner.' }),
    pairs: z
      .array(z.strictObject({ left: card.meta({ description: 'The card the child drags: text and/or image.' }), right: card.meta({ description: 'Its partner, where it goes: text and/or image.' }) }))
      .min(2)
      .max(8).meta({ description: 'The pairs: each left card goes onto its right card.' }),
    maxAttempts: maxAttempts.meta({ description: 'Tries per card; after the last wrong one the card goes to its partner by itself. Default 3.' }),
  })
  .check((ctx) => {
    for (const side of ['left', 'right'] as const) {
      for (const [a, b] of lookAlikes(ctx.value.pairs.map((p) => p[side]))) {
        ctx.issues.push({ code: 'custom', message: 'match.tie', params: { a: a + 1, b: b + 1 }, input: ctx.value.pairs[b]?.[side], path: ['pairs', b, side] });
      }
    }
  });

export type MatchActivity = z.infer<typeof matchActivity>;
