import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
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
export const memoryActivity = z.strictObject({
  ...envelope,
  kind: z.literal('memory').meta({ description: 'memory: turn cards two at a time to find the pairs.' }),
  pairs: z
    .array(z.strictObject({ a: face.meta({ description: 'One card of the pair: text, image, audio or say.' }), b: face.meta({ description: 'The other card of the pair.' }) }))
    .min(2)
    .max(10).meta({ description: 'The pairs to find.' }),
});

export type MemoryActivity = z.infer<typeof memoryActivity>;
export type MemoryFace = MemoryActivity['pairs'][number]['a'];
