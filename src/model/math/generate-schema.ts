import { z } from 'zod';

/** The `generate` field of a maths activity (see generate.ts for what each makes). */
export const GENERATORS = ['add', 'sub', 'missing', 'bond', 'compare', 'count'] as const;

export const generateSpec = z
  .strictObject({
    generate: z.enum(GENERATORS).meta({ description: 'add, sub: a + b, a − b; missing: a + ? = c; bond: a number split in two; compare: <, >, =; count: how many objects.' }),
    within: z.number().int().min(2).max(1000).meta({ description: 'No number in the items goes above this.' }),
    count: z.number().int().min(1).max(30).default(5),
    seed: z.number().int().min(0).default(1),
  })
  .meta({ description: 'Generated items, e.g. { "generate": "add", "within": 10, "count": 5 }.' });

export type GenerateSpec = z.infer<typeof generateSpec>;

