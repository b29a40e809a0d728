import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { generateSpec } from '../../math/generate-schema.ts';
import { maxAttempts } from '../card-schema.ts';

const item = z.strictObject({
  image: localizedMedia.optional().meta({ description: 'The picture of one object; the activity image if absent.' }),
  count: z.number().int().min(1).max(20),
  layout: z.enum(['scatter', 'rows']).default('scatter'),
  prompt: localizedText.optional(),
});

/** `count`: tap the objects one by one (each says its number), then choose how many there are. */
export const countActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('count'),
    image: localizedMedia.optional().meta({ description: 'The object to count, for every item that has none.' }),
    items: z.array(item).min(1).max(20).optional(),
    generate: generateSpec.optional(),
    maxAttempts,
  })
  .check((ctx) => {
    const { items, generate, image } = ctx.value;
    if ((items === undefined) === (generate === undefined)) ctx.issues.push({ code: 'custom', message: 'math.itemsOrGenerate', input: ctx.value, path: [] });
    if (generate && generate.generate !== 'count') ctx.issues.push({ code: 'custom', message: 'math.countGenerates', input: generate.generate, path: ['generate', 'generate'] });
    if (generate && generate.within > 20) ctx.issues.push({ code: 'custom', message: 'math.countWithin', params: { max: 20 }, input: generate.within, path: ['generate', 'within'] });
    (items ?? []).forEach((it, i) => {
      if (!it.image && !image) ctx.issues.push({ code: 'custom', message: 'math.countImage', input: it, path: ['items', i] });
    });
    if (generate && !image) ctx.issues.push({ code: 'custom', message: 'math.countImage', input: ctx.value, path: ['generate'] });
  });

export type CountActivity = z.infer<typeof countActivity>;
