import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { GLYPHS } from '../../trace/glyphs.ts';
import { maxAttempts } from '../card-schema.ts';

const point = z.tuple([z.number().min(0).max(100), z.number().min(0).max(100)]);
const stroke = z.array(point).min(2).max(200);

const item = z
  .strictObject({
    glyph: z.string().trim().min(1).max(2).meta({ description: `The letter or digit to trace. Built in: ${Object.keys(GLYPHS).join(' ')}; any other needs strokes.` }),
    strokes: z
      .array(stroke)
      .min(1)
      .max(8)
      .optional()
      .meta({ description: 'Its strokes in writing order, each a list of [x, y] points in a 100 × 100 box (0, 0 at the top left).' }),
    word: localizedText.optional().meta({ description: 'A word that starts with it, said and shown at the end ("a: con gà").' }),
    image: localizedMedia.optional(),
  })
  .check((ctx) => {
    if (!ctx.value.strokes && !GLYPHS[ctx.value.glyph]) ctx.issues.push({ code: 'custom', message: 'trace.noStrokes', params: { glyph: ctx.value.glyph }, input: ctx.value.glyph, path: ['glyph'] });
  });

/** `trace`: trace a letter or digit with a finger, stroke by stroke in order. */
export const traceActivity = z.strictObject({
  ...envelope,
  kind: z.literal('trace').meta({ description: 'trace: trace a letter or a digit stroke by stroke.' }),
  items: z.array(item).min(1).max(20).meta({ description: 'The letters or digits to trace, one by one.' }),
  tolerance: z
    .number()
    .min(5)
    .max(30)
    .default(14)
    .meta({ description: 'How far (in hundredths of the letter box) a finger may stray. Default 14, generous for small hands.' }),
  keep: z.boolean().default(true).meta({ description: "Keep each finished drawing with the evidence, as the child's product. Default true." }),
  maxAttempts: maxAttempts.meta({ description: 'Tries per stroke; after the last wrong one the stroke is drawn for the child. Default 3.' }),
});

export type TraceActivity = z.infer<typeof traceActivity>;
export type TraceItem = TraceActivity['items'][number];
