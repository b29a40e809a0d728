import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { generateSpec } from '../../math/generate-schema.ts';
import { maxAttempts } from '../card-schema.ts';

const item = z.strictObject({
  image: localizedMedia.optional().meta({ description: 'The picture of one object; the activity image if absent.' }),
  count: z.number().int().min(1).max(20).meta({ description: 'How many objects there are.' }),
  layout: z.enum(['scatter', 'rows']).default('scatter').meta({ description: 'scatter: anywhere in the picture; rows: in tidy rows (easier to count).' }),
  prompt: localizedText.optional(),
});

/** `count`: tap the objects one by one (each says its number), then choose how many there are. */
export const countActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('count').meta({ description: 'count: tap the objects one by one, then choose how many.' }),
    image: localizedMedia.optional().meta({ description: 'The object to count, for every item that has none.' }),
    items: z.array(item).min(1).max(20).optional().meta({ description: 'The pictures to count, one per item (or generate them).' }),
    generate: generateSpec.optional(),
    maxAttempts: maxAttempts.meta({ description: 'Tries per item; after the last wrong one the right number is shown. Default 3.' }),
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
