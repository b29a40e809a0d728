import { z } from 'zod';

/** The `generate` field of a maths activity (see generate.ts for what each makes). */
export const GENERATORS = ['add', 'sub', 'missing', 'bond', 'compare', 'count'] as const;

export const generateSpec = z
  .strictObject({
    generate: z.enum(GENERATORS).meta({ description: 'add, sub: a + b, a − b; missing: a + ? = c; bond: a number split in two; compare: <, >, =; count: how many objects.' }),
    within: z.number().int().min(2).max(1000).meta({ description: 'No number in the items goes above this.' }),
    count: z.number().int().min(1).max(30).default(5).meta({ description: 'How many items to make. Default 5.' }),
    carry: z.boolean().optional().meta({ description: 'Default true. false: sums without carrying and differences without borrowing, as grade 1 learns them (12 + 5, 18 − 6; never 9 + 3). For add, sub and missing.' }),
    seed: z.number().int().min(0).default(1).meta({ description: 'The same seed makes the same items on every tablet. Default 1.' }),
  })
  .check((ctx) => {
    // More items than the range holds would repeat the same sum for the child.
    const possible = distinctItems(ctx.value.generate, ctx.value.within, ctx.value.carry !== false);
    if (ctx.value.count > possible) ctx.issues.push({ code: 'custom', message: 'math.tooFewDistinct', params: { possible, within: ctx.value.within }, input: ctx.value.count, path: ['count'] });
  })
  .meta({ description: 'Generated items, e.g. { "generate": "add", "within": 10, "count": 5 }.' });

export type GenerateSpec = z.infer<typeof generateSpec>;

/** Whether a + b needs no carrying: no column adds up to 10 or more. */
export function addsWithoutCarry(a: number, b: number): boolean {
  for (; a > 0 || b > 0; a = Math.floor(a / 10), b = Math.floor(b / 10)) if ((a % 10) + (b % 10) >= 10) return false;
  return true;
}

/** Whether a − b needs no borrowing: every digit of a is at least b's. */
export function subtractsWithoutBorrow(a: number, b: number): boolean {
  for (; a > 0 || b > 0; a = Math.floor(a / 10), b = Math.floor(b / 10)) if (a % 10 < b % 10) return false;
  return true;
}

/** How many different items a generator can make with numbers up to `n` (without carrying when `carry` is false). */
export function distinctItems(kind: (typeof GENERATORS)[number], n: number, carry = true): number {
  if (!carry && (kind === 'add' || kind === 'sub' || kind === 'missing')) {
    let k = 0;
    for (let a = 0; a <= n; a++) for (let b = 0; b <= (kind === 'sub' ? a : n - a); b++) if (kind === 'sub' ? subtractsWithoutBorrow(a, b) : addsWithoutCarry(a, b)) k++;
    // missing: c from 1 to n, a from 0 to c (b = c − a): the pairs with a + b ≥ 1.
    return kind === 'missing' ? k - 1 : k;
  }
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

