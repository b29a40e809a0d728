import type { Rng } from '../random.ts';
import { addsWithoutCarry, subtractsWithoutBorrow, type GenerateSpec } from './generate-schema.ts';

export type { GenerateSpec };

/** A generated item: what is shown and what is right. */
export type GeneratedItem = { prompt: string; answer: number } | { compare: [number, number]; answer: '<' | '>' | '=' } | { count: number };

const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/**
 * Items a maths activity may declare instead of listing them: "five sums within 10". A seed
 * makes the set repeatable (the same seed, the same items, on every tablet).
 */
export function generateItems(spec: GenerateSpec, rng: Rng): GeneratedItem[] {
  const n = spec.within;
  // Without carrying: draw again until the sum needs none (the check keeps enough exist).
  const fits = (a: number, b: number, sub = false) => spec.carry !== false || (sub ? subtractsWithoutBorrow(a, b) : addsWithoutCarry(a, b));
  const make = (): GeneratedItem => {
    for (;;) {
      const item = draw();
      if (!('prompt' in item)) return item;
      const [a = 0, b = 0] = (item.prompt.match(/\d+/g) ?? []).map(Number);
      if (spec.generate === 'add' && fits(a, b)) return item;
      if (spec.generate === 'sub' && fits(a, b, true)) return item;
      if (spec.generate === 'missing' && fits(a, item.answer)) return item;
      if (spec.generate === 'bond') return item;
    }
  };
  const draw = (): GeneratedItem => {
    switch (spec.generate) {
      case 'add': {
        const a = int(rng, 0, n);
        const b = int(rng, 0, n - a);
        return { prompt: `${a} + ${b} = ?`, answer: a + b };
      }
      case 'sub': {
        const a = int(rng, 0, n);
        const b = int(rng, 0, a);
        return { prompt: `${a} − ${b} = ?`, answer: a - b };
      }
      case 'missing': {
        const c = int(rng, 1, n);
        const a = int(rng, 0, c);
        return { prompt: `${a} + ? = ${c}`, answer: c - a };
      }
      case 'bond': {
        const c = int(rng, 2, n);
        const a = int(rng, 1, c - 1);
        return { prompt: `${c} = ${a} + ?`, answer: c - a };
      }
      case 'count':
        return { count: int(rng, 1, n) };
      case 'compare': {
        const a = int(rng, 0, n);
        const b = rng() < 0.2 ? a : int(rng, 0, n);
        return { compare: [a, b], answer: a < b ? '<' : a > b ? '>' : '=' };
      }
    }
  };
  // Distinct items where the range allows it: a child should not see 2 + 3 twice in a row.
  const out: GeneratedItem[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < spec.count && tries < spec.count * 20; tries++) {
    const item = make();
    const key = JSON.stringify(item);
    if (seen.has(key) && tries < spec.count * 10) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
