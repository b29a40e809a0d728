import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { answerCount, countEvidence, DOUBLE_TAP_MS, startCount, tapObject } from '../../../../src/model/kinds/count/rules.ts';
import { answerNumeric, numericEvidence, numericItems, startNumeric } from '../../../../src/model/kinds/numeric/rules.ts';
import { generateItems, type GenerateSpec } from '../../../../src/model/math/generate.ts';
import { addsWithoutCarry, distinctItems, subtractsWithoutBorrow } from '../../../../src/model/math/generate-schema.ts';
import { seededRng } from '../../../../src/model/random.ts';

const envelope = { id: 'toan', title: 'Toán', subject: 'math', band: 'lop-1', competencies: ['nl.tinh-toan'] };
const spec = (s: Partial<GenerateSpec>): GenerateSpec => ({ generate: 'add', within: 10, count: 5, seed: 1, ...s });

describe('generated items', () => {
  it('are the same for the same seed and stay within the range', () => {
    for (const generate of ['add', 'sub', 'missing', 'bond'] as const) {
      const a = generateItems(spec({ generate, count: 20 }), seededRng(9));
      expect(generateItems(spec({ generate, count: 20 }), seededRng(9))).toEqual(a);
      for (const it of a) {
        if (!('prompt' in it)) throw new Error('typed');
        const numbers = it.prompt.match(/\d+/g)!.map(Number);
        expect(Math.max(...numbers, it.answer)).toBeLessThanOrEqual(10);
        expect(it.answer).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('compute the right answers', () => {
    const [sum] = generateItems(spec({ count: 1 }), seededRng(3));
    const [a, b] = (sum as { prompt: string }).prompt.match(/\d+/g)!.map(Number);
    expect((sum as { answer: number }).answer).toBe(a! + b!);
    for (const c of generateItems(spec({ generate: 'compare', count: 15 }), seededRng(4))) {
      if (!('compare' in c)) throw new Error('compare');
      const [x, y] = c.compare;
      expect(c.answer).toBe(x < y ? '<' : x > y ? '>' : '=');
    }
  });

  it('avoid repeating an item where the range allows', () => {
    const items = generateItems(spec({ within: 20, count: 10 }), seededRng(5)).map((i) => JSON.stringify(i));
    expect(new Set(items).size).toBe(10);
  });

  it('are checked by the validator: range, and items or generate but not both', () => {
    const bad = validateActivityText(JSON.stringify({ ...envelope, kind: 'numeric', generate: { generate: 'add', within: 5000 } }), { file: 't.json' });
    expect(bad.issues.map((i) => `${i.path}:${i.key}`)).toEqual(['generate.within:tooBig']);
    const both = validateActivityText(JSON.stringify({ ...envelope, kind: 'numeric', generate: { generate: 'add', within: 10 }, items: [{ prompt: '1+1', answer: 2 }] }), { file: 't.json' });
    expect(both.issues.map((i) => i.key)).toEqual(['math.itemsOrGenerate']);
    const count = validateActivityText(JSON.stringify({ ...envelope, kind: 'count', generate: { generate: 'count', within: 50 } }), { file: 't.json' });
    expect(count.issues.map((i) => `${i.path}:${i.key}`)).toEqual(expect.arrayContaining(['generate.within:math.countWithin', 'generate:math.countImage']));
  });
});

describe('numeric', () => {
  const a = activitySchema.parse({
    ...envelope,
    kind: 'numeric',
    maxAttempts: 2,
    items: [{ prompt: '3 + 4 = ?', answer: 7 }, { compare: [{ count: 4, image: 'a.svg' }, 3] }, { compare: [2, 2] }],
  });
  if (a.kind !== 'numeric') throw new Error('numeric');

  it('derives the sign of a comparison from its numbers or groups', () => {
    expect(numericItems(a).map((i) => i.answer)).toEqual([7, '>', '=']);
  });

  it('judges typed numbers, wrong then right, and records them as numeric interactions', () => {
    const p0 = startNumeric(a);
    const wrong = answerNumeric(p0, '6');
    expect(wrong.outcome).toEqual({ type: 'wrong', attempt: 1, attemptsLeft: 1 });
    expect(numericEvidence(p0, '6', wrong.outcome as never, a.competencies)).toMatchObject({ interactionType: 'numeric', correctResponsesPattern: ['7'], response: '6', completed: false });
    const right = answerNumeric(wrong.play, '07');
    expect(right.outcome).toEqual({ type: 'correct', attempt: 2, score: 0.5 });
    expect(right.play.index).toBe(1);
    expect(answerNumeric(right.play, '').outcome).toEqual({ type: 'ignored' });
  });

  it('shows the answer after the last wrong try, and records a comparison as a choice', () => {
    const p1 = answerNumeric(startNumeric(a), '7').play;
    const first = answerNumeric(p1, '<');
    const last = answerNumeric(first.play, '=');
    expect(last.outcome).toEqual({ type: 'revealed', attempt: 2, score: 0 });
    expect(numericEvidence(first.play, '=', last.outcome as never, a.competencies)).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['gt'], response: 'eq', success: false, completed: true });
  });
});

describe('count', () => {
  const a = activitySchema.parse({ ...envelope, kind: 'count', image: 'vit.svg', items: [{ count: 3 }, { count: 1 }] });
  if (a.kind !== 'count') throw new Error('count');

  it('numbers objects as they are tapped, takes back the last one, ignores the others and double taps', () => {
    let play = startCount(a, seededRng(1));
    const tap = (o: number, at: number) => {
      const r = tapObject(play, o, at);
      play = r.play;
      return r.outcome;
    };
    expect(tap(2, 0)).toEqual({ type: 'counted', number: 1 });
    expect(tap(2, DOUBLE_TAP_MS - 1)).toEqual({ type: 'ignored' }); // the same tap, twice
    expect(tap(0, 1000)).toEqual({ type: 'counted', number: 2 });
    expect(tap(2, 2000)).toEqual({ type: 'ignored' }); // counted earlier: stays
    expect(tap(0, 3000)).toEqual({ type: 'uncounted', number: 2 }); // the last one: taken back
    expect(tap(5, 4000)).toEqual({ type: 'ignored' });
    expect(play.tapped).toEqual([2]);
  });

  it('offers the count and its neighbours, judges the answer and records it', () => {
    const p0 = startCount(a, seededRng(1));
    expect([...p0.items[0]!.options].sort()).toEqual([2, 3, 4]);
    expect([...p0.items[1]!.options].sort()).toEqual([1, 2, 3]);
    const { play, outcome } = answerCount(p0, 3);
    expect(outcome).toEqual({ type: 'correct', attempt: 1, score: 1 });
    expect(play.index).toBe(1);
    expect(countEvidence(p0, 3, outcome as never, a.competencies, 'How many?')).toMatchObject({ interactionType: 'numeric', correctResponsesPattern: ['3'], response: '3', success: true });
  });
});

describe('sums without carrying (grade 1)', () => {
  it('never carries nor borrows when "carry" is false, and still makes distinct items', () => {
    for (const generate of ['add', 'sub', 'missing'] as const) {
      const items = generateItems(spec({ generate, within: 20, count: 20, carry: false }), seededRng(3));
      expect(new Set(items.map((i) => JSON.stringify(i))).size).toBe(20);
      for (const it of items) {
        if (!('prompt' in it)) throw new Error('a sum has a prompt');
        const [a = 0, b = 0] = (it.prompt.match(/\d+/g) ?? []).map(Number);
        if (generate === 'sub') expect(subtractsWithoutBorrow(a, b), it.prompt).toBe(true);
        else expect(addsWithoutCarry(a, generate === 'missing' ? it.answer : b), it.prompt).toBe(true);
      }
    }
  });

  it('tells carrying apart: 9 + 3 and 7 + 9 carry, 12 + 5 does not; 15 − 8 borrows, 18 − 6 does not', () => {
    expect(addsWithoutCarry(9, 3)).toBe(false);
    expect(addsWithoutCarry(7, 9)).toBe(false);
    expect(addsWithoutCarry(12, 5)).toBe(true);
    expect(subtractsWithoutBorrow(15, 8)).toBe(false);
    expect(subtractsWithoutBorrow(18, 6)).toBe(true);
    expect(distinctItems('add', 10, false)).toBe(66 - 9); // 1 + 9 … 9 + 1 carry
    expect(distinctItems('add', 20, false)).toBeLessThan(distinctItems('add', 20));
  });
});
