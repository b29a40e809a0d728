import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { canLevel } from './rules.ts';
import { maxAttempts } from '../card-schema.ts';

const object = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id.format' }).meta({ description: 'Names the object in the items ("tao").' }),
  text: localizedText,
  image: localizedMedia.optional(),
  mass: z.number().positive().max(1000).meta({ description: 'Its mass, in any unit: only the ratios matter.' }),
});

const ids = z.array(z.string()).max(12);

const item = z.strictObject({
  task: z.enum(['heavier', 'balance']).meta({ description: 'heavier: say which pan is heavier; balance: put things on the pans until the beam is level.' }),
  left: ids.default([]).meta({ description: 'What is on the left pan at the start, by object id.' }),
  right: ids.default([]).meta({ description: 'What is on the right pan at the start, by object id.' }),
  shelf: ids.default([]).meta({ description: 'Things the child may put on the pans (balance), by id; an id may repeat (five cubes).' }),
  prompt: localizedText.optional(),
});

/** `balance`: a two-pan balance whose beam tilts by the masses, smoothly. */
export const balanceActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('balance').meta({ description: 'balance: read a balance, or put things on its pans until it is level.' }),
    objects: z.array(object).min(1).max(12).meta({ description: 'The things to weigh: an id, a name and/or a picture, and a mass.' }),
    items: z.array(item).min(1).max(10).meta({ description: 'The questions, one by one.' }),
    maxAttempts: maxAttempts.meta({ description: 'Tries per question; after the last wrong one the balance shows the answer. Default 3.' }),
  })
  .check((ctx) => {
    const known = new Set(ctx.value.objects.map((o) => o.id));
    ctx.value.items.forEach((it, i) => {
      for (const side of ['left', 'right', 'shelf'] as const) {
        it[side].forEach((id, j) => {
          if (!known.has(id)) ctx.issues.push({ code: 'custom', message: 'balance.unknownObject', params: { id }, input: id, path: ['items', i, side, j] });
        });
      }
      if (it.task === 'balance' && it.shelf.length === 0) ctx.issues.push({ code: 'custom', message: 'balance.emptyShelf', input: it, path: ['items', i, 'shelf'] });
      else if (it.task === 'balance' && [...it.left, ...it.right, ...it.shelf].every((id) => known.has(id)) && !canLevel(ctx.value, it)) {
        ctx.issues.push({ code: 'custom', message: 'balance.cannotLevel', input: it, path: ['items', i, 'shelf'] });
      }
    });
  });

export type BalanceActivity = z.infer<typeof balanceActivity>;
export type BalanceItem = BalanceActivity['items'][number];
