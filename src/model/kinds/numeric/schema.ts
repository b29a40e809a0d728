import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { generateSpec } from '../../math/generate-schema.ts';
import { maxAttempts } from '../card-schema.ts';

/** One side of a comparison: a number, or a group of pictures to count. */
const side = z.union([z.number().int().min(0).max(1000), z.strictObject({ count: z.number().int().min(0).max(20), image: localizedMedia })]);

const typed = z.strictObject({
  prompt: localizedText.meta({ description: 'The question: "3 + 4 = ?", "Số liền sau 9 là số nào?"' }),
  image: localizedMedia.optional(),
  audio: localizedMedia.optional(),
  answer: z.number().int().min(0).max(100000).meta({ description: 'The number the child types on the keypad.' }),
});

const compared = z.strictObject({
  prompt: localizedText.optional(),
  compare: z.tuple([side, side]).meta({ description: 'Two numbers or groups; the child chooses <, > or =.' }),
});

/** `numeric`: a number typed on a big on-screen keypad, or <, >, = between two numbers or groups. */
export const numericActivity = z
  .strictObject({
    ...envelope,
    kind: z.literal('numeric').meta({ description: 'numeric: type a number on a keypad, or choose <, > or =.' }),
    items: z.array(z.union([typed, compared])).min(1).max(30).optional().meta({ description: 'The questions, one by one (or generate them).' }),
    generate: generateSpec.optional(),
    maxAttempts: maxAttempts.meta({ description: 'Tries per question; after the last wrong one the answer is shown. Default 3.' }),
  })
  .check((ctx) => {
    const { items, generate } = ctx.value;
    if ((items === undefined) === (generate === undefined)) ctx.issues.push({ code: 'custom', message: 'math.itemsOrGenerate', input: ctx.value, path: [] });
    if (generate?.generate === 'count') ctx.issues.push({ code: 'custom', message: 'math.countIsItsOwnKind', input: generate, path: ['generate', 'generate'] });
  });

export type NumericActivity = z.infer<typeof numericActivity>;
