import { describe, expect, it } from 'vitest';
import { activitySchema, type Activity } from '../../../../src/model/activity/schema.ts';
import { answerCount, startCount } from '../../../../src/model/kinds/count/rules.ts';
import { turnCard, turnBack, startMemory, type MemoryPlay } from '../../../../src/model/kinds/memory/rules.ts';
import { answerNumeric, startNumeric } from '../../../../src/model/kinds/numeric/rules.ts';
import { runPath, shortestRoute, startPath } from '../../../../src/model/kinds/path/rules.ts';
import { startTrace, traceStroke } from '../../../../src/model/kinds/trace/rules.ts';
import { hintDue, judgeTry } from '../../../../src/model/kinds/tries.ts';
import { currentWords, dropTile, startWords } from '../../../../src/model/kinds/words/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

/**
 * The feedback language's last step, "then the hint, as hintAfter says" (DESIGN.md §4): one
 * rule (tries.ts hintDue), honoured by every kind that has wrong tries. Each kind below is
 * played wrong three times with hintAfter 0, 1 and 2; the hint is due from that many wrong tries on.
 */
const envelope = { id: 'goi-y', title: 'Gợi ý', subject: 'math', band: 'lop-1', competencies: [] };
const parse = <K extends Activity['kind']>(kind: K, body: Record<string, unknown>) => {
  const a = activitySchema.parse({ ...envelope, kind, ...body });
  if (a.kind !== kind) throw new Error(kind);
  return a as Extract<Activity, { kind: K }>;
};

/** Three wrong tries in a row with that hintAfter: was the hint due after each? */
type Three = (hintAfter: number) => boolean[];
const EXPECTED: Record<number, boolean[]> = { 0: [false, false, false], 1: [true, true, true], 2: [false, true, true] };

function honours(name: string, three: Three): void {
  it(`${name}: the hint after hintAfter wrong tries, never with 0`, () => {
    for (const h of [0, 1, 2]) expect(three(h), `hintAfter ${h}`).toEqual(EXPECTED[h]);
  });
}

describe('the hint rule', () => {
  it('is due from the hintAfter-th wrong try on; 0 means never', () => {
    expect([1, 2, 3].map((n) => hintDue(n, 2))).toEqual([false, true, true]);
    expect([1, 5].map((n) => hintDue(n, 0))).toEqual([false, false]);
    expect(judgeTry(false, 1, 3, 1)).toEqual({ type: 'wrong', attempt: 1, attemptsLeft: 2, hint: true });
    expect(judgeTry(false, 1, 3, 2)).toMatchObject({ hint: false });
    // The last try shows the answer instead: no hint on it.
    expect(judgeTry(false, 3, 3, 1)).toEqual({ type: 'revealed', attempt: 3, score: 0 });
  });

  it('defaults to 1 in every kind with tries, as choice always has', () => {
    expect(parse('count', { image: 'images/animals/duck.svg', items: [{ count: 3 }] }).hintAfter).toBe(1);
    expect(parse('path', { items: [{ cols: 3, rows: 2, start: { x: 0, y: 0 }, goal: { x: 2, y: 0 } }] }).hintAfter).toBe(1);
    expect(parse('memory', { pairs: [{ a: { text: 'A' }, b: { text: 'a' } }, { a: { text: 'B' }, b: { text: 'b' } }] }).hintAfter).toBe(1);
  });
});

describe('every kind honours hintAfter', () => {
  honours('count', (hintAfter) => {
    let p = startCount(parse('count', { image: 'images/animals/duck.svg', items: [{ count: 3 }], maxAttempts: 4, hintAfter }), seededRng(1));
    return [1, 2, 4].map((n) => {
      const r = answerCount(p, n);
      p = r.play;
      return r.outcome.type === 'wrong' && r.outcome.hint;
    });
  });

  honours('numeric (keypad and comparison)', (hintAfter) => {
    let p = startNumeric(parse('numeric', { items: [{ prompt: '3 + 4 = ?', answer: 7 }], maxAttempts: 4, hintAfter }));
    const typed = ['6', '8', '9'].map((n) => {
      const r = answerNumeric(p, n);
      p = r.play;
      return r.outcome.type === 'wrong' && r.outcome.hint;
    });
    let q = startNumeric(parse('numeric', { items: [{ compare: [3, 5] }], maxAttempts: 4, hintAfter }));
    const signs = ['>', '=', '>'].map((s) => {
      const r = answerNumeric(q, s);
      q = r.play;
      return r.outcome.type === 'wrong' && r.outcome.hint;
    });
    expect(signs).toEqual(typed);
    return typed;
  });

  honours('words', (hintAfter) => {
    const a = parse('words', { subject: 'vietnamese', items: [{ type: 'spell', word: 'cò', extra: ['a', 'b'] }], maxAttempts: 4, hintAfter });
    let p = startWords(a, 'vi', seededRng(2));
    const wrong = currentWords(p).tiles.find((t) => t.text === 'a')!.id;
    return [1, 2, 3].map(() => {
      const r = dropTile(p, wrong, 0);
      p = r.play;
      return r.outcome.type === 'wrong' && r.outcome.hint;
    });
  });

  honours('trace', (hintAfter) => {
    const a = parse('trace', { subject: 'vietnamese', items: [{ glyph: 'l' }], maxAttempts: 4, hintAfter });
    let p = startTrace();
    return [1, 2, 3].map(() => {
      const r = traceStroke(a, p, [[0, 0], [5, 5]]);
      p = r.play;
      return r.outcome.type === 'wrong' && r.outcome.hint;
    });
  });

  honours('path (a run that misses is a wrong try)', (hintAfter) => {
    const a = parse('path', { subject: 'technology', items: [{ cols: 4, rows: 2, start: { x: 0, y: 0 }, goal: { x: 3, y: 0 } }], hintAfter });
    let p = startPath();
    return [['right'], ['left'], ['right', 'right']].map((program) => {
      const r = runPath(a, p, program as ['right']);
      p = r.play;
      return r.outcome.hint;
    });
  });

  honours('memory (a pair missed although both its cards were seen)', (hintAfter) => {
    const a = parse('memory', { subject: 'vietnamese', pairs: [{ a: { text: 'A' }, b: { text: 'a' } }, { a: { text: 'B' }, b: { text: 'b' } }, { a: { text: 'C' }, b: { text: 'c' } }], hintAfter });
    let p: MemoryPlay = startMemory(a, seededRng(1));
    const turn = (id: string) => {
      const r = turnCard(p, id, a.hintAfter);
      p = r.play;
      return r.outcome;
    };
    // Both cards of pair 1 seen first (a miss each), then three lapses: p1a turned, its partner missed.
    turn('p1a');
    turn('p2a');
    p = turnBack(p);
    turn('p1b');
    turn('p2a');
    p = turnBack(p);
    return [1, 2, 3].map(() => {
      turn('p1a');
      const o = turn('p3a');
      p = turnBack(p);
      return o.type === 'miss' && o.hint === 'p1b';
    });
  });
});

describe('the way a path hint shows', () => {
  it('is a shortest route around the rocks, start to goal', () => {
    const g = { cols: 4, rows: 3, start: { x: 0, y: 1 }, goal: { x: 3, y: 1 }, obstacles: [{ x: 2, y: 1 }] };
    const route = shortestRoute(g);
    expect(route[0]).toEqual(g.start);
    expect(route.at(-1)).toEqual(g.goal);
    expect(route).toHaveLength(6);
    expect(route).not.toContainEqual({ x: 2, y: 1 });
    expect(shortestRoute({ ...g, obstacles: [{ x: 2, y: 0 }, { x: 2, y: 1 }, { x: 2, y: 2 }] })).toEqual([]);
  });
});
