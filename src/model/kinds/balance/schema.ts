import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { canLevel } from './rules.ts';
import { maxAttempts } from '../card-schema.ts';

const object = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'id.format' }),
  text: localizedText,
  image: localizedMedia.optional(),
  mass: z.number().positive().max(1000).meta({ description: 'Its mass, in any unit: only the ratios matter.' }),
});

const ids = z.array(z.string()).max(12);

const item = z.strictObject({
  task: z.enum(['heavier', 'balance']).meta({ description: 'heavier: say which pan is heavier; balance: put things on the pans until the beam is level.' }),
  left: ids.default([]),
  right: ids.default([]),
  shelf: ids.default([]).meta({ description: 'Things the child may put on the pans (balance), by id; an id may repeat (five cubes).' }),
  prompt: localizedText.optional(),
});

/** `balance`: a two-pan balance whose beam tilts by the masses, smoothly. */
export const balanceActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('balance'),
    objects: z.array(object).min(1).max(12),
    items: z.array(item).min(1).max(10),
    maxAttempts,
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
