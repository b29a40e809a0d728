import { z } from 'zod';

/** The `generate` field of a maths activity (see generate.ts for what each makes). */
export const GENERATORS = ['add', 'sub', 'missing', 'bond', 'compare', 'count'] as const;

export const generateSpec = z
  .strictObject({
    generate: z.enum(GENERATORS).meta({ description: 'add, sub: a + b, a − b; missing: a + ? = c; bond: a number split in two; compare: <, >, =; count: how many objects.' }),
    within: z.number().int().min(2).max(1000).meta({ description: 'No number in the items goes above this.' }),
    count: z.number().int().min(1).max(30).default(5).meta({ description: 'How many items to make. Default 5.' }),
    seed: z.number().int().min(0).default(1).meta({ description: 'The same seed makes the same items on every tablet. Default 1.' }),
  })
  .check((ctx) => {
    // More items than the range holds would repeat the same sum for the child.
    const possible = distinctItems(ctx.value.generate, ctx.value.within);
    if (ctx.value.count > possible) ctx.issues.push({ code: 'custom', message: 'math.tooFewDistinct', params: { possible, within: ctx.value.within }, input: ctx.value.count, path: ['count'] });
  })
  .meta({ description: 'Generated items, e.g. { "generate": "add", "within": 10, "count": 5 }.' });

export type GenerateSpec = z.infer<typeof generateSpec>;

/** How many different items a generator can make with numbers up to `n`. */
export function distinctItems(kind: (typeof GENERATORS)[number], n: number): number {
  switch (kind) {
    case 'add':
    case 'sub':
      return ((n + 1) * (n + 2)) / 2; // a + b ≤ n; a − b with b ≤ a ≤ n
    case 'missing':
      return (n * (n + 3)) / 2; // c from 1 to n, a from 0 to c
    case 'bond':
      return ((n - 1) * n) / 2; // c from 2 to n, a from 1 to c − 1
    case 'compare':
      return (n + 1) * (n + 1);
    case 'count':
      return n;
  }
}

