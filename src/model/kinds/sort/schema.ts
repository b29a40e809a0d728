import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { cardFields, hasContent, maxAttempts } from '../card-schema.ts';

const bin = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id.format' }).meta({ description: 'Names the bin for the items ("chim").' }),
  label: localizedText,
  image: localizedMedia.optional(),
});

const item = z.strictObject({ ...cardFields, bin: z.string().meta({ description: 'The id of the bin this item belongs in.' }) }).refine(hasContent, { error: 'card.empty' });

/** `sort`: drag each item into the right one of 2–4 labelled bins (chìm / nổi, living / non-living). */
export const sortActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('sort'),
    bins: z.array(bin).min(2).max(4),
    items: z.array(item).min(2).max(24),
    maxAttempts,
  })
  .check((ctx) => {
    const ids = new Set(ctx.value.bins.map((b) => b.id));
    ctx.value.items.forEach((it, i) => {
      if (!ids.has(it.bin)) ctx.issues.push({ code: 'custom', message: 'sort.noBin', params: { bin: it.bin }, path: ['items', i, 'bin'], input: it.bin });
    });
  });

export type SortActivity = z.infer<typeof sortActivity>;
