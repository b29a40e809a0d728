import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { cardFields, hasContent, maxAttempts } from '../card-schema.ts';

const bin = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id.format' }).meta({ description: 'Names the bin for the items ("chim").' }),
  label: localizedText,
  image: localizedMedia.optional().meta({ description: 'A picture on the bin, above its label: for children who do not read yet.' }),
});

const item = z.strictObject({ ...cardFields, bin: z.string().meta({ description: 'The id of the bin this item belongs in.' }) }).refine(hasContent, { error: 'card.empty' });

/** `sort`: drag each item into the right one of 2–4 labelled bins (chìm / nổi, living / non-living). */
export const sortActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('sort').meta({ description: 'sort: drag each card into its bin.' }),
    bins: z.array(bin).min(2).max(4).meta({ description: 'The bins: an id (named by the items), a label and a picture.' }),
    items: z.array(item).min(2).max(24).meta({ description: 'The cards to sort: text and/or image, and the bin each belongs in.' }),
    maxAttempts: maxAttempts.meta({ description: 'Tries per card; after the last wrong one the card goes to its bin by itself. Default 3.' }),
  })
  .check((ctx) => {
    const ids = new Set(ctx.value.bins.map((b) => b.id));
    ctx.value.items.forEach((it, i) => {
      const there = [...ids].map((id) => `"${id}"`).join(', ');
      if (!ids.has(it.bin)) ctx.issues.push({ code: 'custom', message: 'sort.noBin', params: { bin: it.bin, bins: there }, path: ['items', i, 'bin'], input: it.bin });
    });
  });

export type SortActivity = z.infer<typeof sortActivity>;
