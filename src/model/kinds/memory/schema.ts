import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { hintAfter, lookAlikes } from '../card-schema.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';

const face = z
  .strictObject({
    text: localizedText.optional(),
    image: localizedMedia.optional(),
    audio: localizedMedia.optional().meta({ description: 'A sound played when the card is turned (a word–sound pair).' }),
    say: localizedText.optional().meta({ description: 'Said aloud when the card is turned, when there is no recording.' }),
  })
  .refine((f) => f.text !== undefined || f.image !== undefined || f.audio !== undefined || f.say !== undefined, { error: 'card.empty' });

/** `memory`: turn cards two at a time to find the pairs (picture–word, A–a, word–sound). */
export const memoryActivity = z
  .strictObject({
  ...envelope,
  kind: z.literal('memory').meta({ description: 'memory: turn cards two at a time to find the pairs.' }),
  pairs: z
    .array(z.strictObject({ a: face.meta({ description: 'One card of the pair: text, image, audio or say.' }), b: face.meta({ description: 'The other card of the pair.' }) }))
    .min(2)
    .max(10).meta({ description: 'The pairs to find.' }),
  hintAfter: hintAfter.meta({ description: 'Pairs missed although both cards had been seen, before the hint points at the partner (per pair). 0: no hints. Default 1.' }),
  })
  .check((ctx) => {
    // A card of one pair that looks like a card of another (the same picture or word): a child who
    // matches those two is told "not a pair" although they look alike. The two cards of one pair may
    // be the same (the classic game); a sound card is told apart by its sound, not its look.
    const seen = ctx.value.pairs.flatMap((p, pair) => (['a', 'b'] as const).map((side) => ({ face: p[side], pair, side }))).filter(({ face }) => face.text !== undefined || face.image !== undefined);
    for (const [a, b] of lookAlikes(seen.map((s) => s.face))) {
      const [x, y] = [seen[a], seen[b]];
      if (x && y && x.pair !== y.pair) ctx.issues.push({ code: 'custom', message: 'memory.tie', params: { a: x.pair + 1, b: y.pair + 1 }, input: y.face, path: ['pairs', y.pair, y.side] });
    }
  });

export type MemoryActivity = z.infer<typeof memoryActivity>;
export type MemoryFace = MemoryActivity['pairs'][number]['a'];
