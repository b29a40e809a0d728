import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRoots, listActivityFiles } from '../../../src/build/library.ts';
import { hasErrors } from '../../../src/model/activity/issues.ts';
import { validateActivityText } from '../../../src/model/activity/validate.ts';
import { parseBackup } from '../../../src/model/evidence/backup.ts';

/**
 * The loader against what teachers' editors, broken USB sticks and hostile files produce:
 * valid activities and backups mutated at random. It must always answer — a valid activity,
 * or errors — never throw, never hang.
 */
const project = path.resolve(import.meta.dirname, '../../..');
const roots = defaultRoots(project);
const samples = listActivityFiles(roots.levels)
  .filter((f) => !f.includes(`${path.sep}lessons${path.sep}`))
  .map((f) => JSON.parse(readFileSync(f, 'utf8')) as unknown);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a value inside `v`. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const deep = (n: number): Json => (n === 0 ? 'đáy' : [deep(n - 1)]);

const REMOVE = Symbol('remove the field');

/** The values that break loaders: wrong types, huge and deep things, odd text, prototype keys. */
const nasty: fc.Arbitrary<Json | typeof REMOVE> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(), // NaN and ±Infinity become null in JSON, which is a wrong type too
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // unpaired surrogates included
  fc.string({ maxLength: 20 }).map((s) => `Tiếng Việt ${s}`.normalize('NFD')),
  fc.constant('\u0000\uD800\uDFFF\uFFFE'),
  fc.constant(Array.from({ length: 20_000 }, (_, i) => ({ text: String(i) }))),
  fc.integer({ min: 50, max: 3000 }).map(deep),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as Json),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, { maxKeys: 5 }),
  fc.constant(REMOVE),
);

function mutate(value: unknown, at: (string | number)[], by: Json | typeof REMOVE): unknown {
  if (at.length === 0) return by === REMOVE ? {} : by;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder = copy;
  for (const k of at.slice(0, -1)) holder = holder[k] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (by === REMOVE) {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else delete holder[last];
  } else holder[last] = by;
  return copy;
}

/**
 * The loader's contract: an answer consistent with itself. How fast it answers is a budget of
 * `npm run bench` (the loader's worst case), not a timed assertion here: a busy machine would
 * decide it. "Never hang" is the test's own timeout.
 */
function answers(text: string): void {
  const result = validateActivityText(text, { file: 'fuzz.json' });
  if (result.activity) expect(hasErrors(result.issues)).toBe(false);
  else expect(hasErrors(result.issues)).toBe(true);
  for (const i of result.issues) expect(i.line).toBeGreaterThanOrEqual(1);
  expect(Object.prototype).not.toHaveProperty('polluted');
}

// Hundreds of cases each: more than vitest's default 5 s on a busy machine.
describe('fuzzing the activity loader', { timeout: 60_000 }, () => {
  it('answers every mutated activity with errors or a valid activity', () => {
    const mutation = fc
      .nat({ max: samples.length - 1 })
      .chain((i) => fc.tuple(fc.constant(samples[i]), fc.constantFrom(...paths(samples[i])), nasty));
    fc.assert(fc.property(mutation, ([sample, at, by]) => answers(JSON.stringify(mutate(sample, at, by)))), { numRuns: 400, seed: 20261124 });
  });

  it('answers broken text: cut anywhere, bytes inserted, literal NaN, a BOM', () => {
    const text = fc.nat({ max: samples.length - 1 }).chain((i) => {
      const s = JSON.stringify(samples[i], null, 2);
      return fc.oneof(
        fc.nat({ max: s.length }).map((n) => s.slice(0, n)),
        fc.tuple(fc.nat({ max: s.length }), fc.string({ unit: 'binary', maxLength: 5 })).map(([n, junk]) => s.slice(0, n) + junk + s.slice(n)),
        fc.constant(s.replace(/: \d+/, ': NaN')),
        fc.constant(`\uFEFF${s}`),
      );
    });
    fc.assert(fc.property(text, answers), { numRuns: 300, seed: 7 });
  });

  it('survives nesting far deeper than any file has', () => {
    answers(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    answers(`{"id": "x", "kind": "choice", "items": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
  });
});

describe('fuzzing the backup reader', { timeout: 60_000 }, () => {
  const backup = {
    format: 'lopvui-backup',
    version: 1,
    exportedAt: '2026-11-24T10:00:00.000Z',
    device: 'may-1',
    learners: [{ id: 'l1', name: 'An', avatar: 'cat', createdAt: '2026-11-01T00:00:00.000Z' }],
    statements: [],
    judgements: [],
  };
  it('answers every mutated backup with a backup or an error, never throwing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths(backup)), nasty, (at, by) => {
        const r = parseBackup(JSON.stringify(mutate(backup, at, by)));
        expect('backup' in r || 'error' in r).toBe(true);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
