import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRoots, validateFile } from '../../../../src/build/library.ts';
import type { Activity } from '../../../../src/model/activity/schema.ts';
import { notJsonAt } from '../../../../src/model/checkpoint.ts';
import { answerBalance, startBalance } from '../../../../src/model/kinds/balance/rules.ts';
import { answerChoice, correctIndices, currentItem, nextItem, startChoice } from '../../../../src/model/kinds/choice/rules.ts';
import { answerCount, startCount } from '../../../../src/model/kinds/count/rules.ts';
import { definitionOf } from '../../../../src/model/kinds/lookup.ts';
import { startMatch } from '../../../../src/model/kinds/match/rules.ts';
import { startMemory, turnCard } from '../../../../src/model/kinds/memory/rules.ts';
import { answerNumeric, startNumeric } from '../../../../src/model/kinds/numeric/rules.ts';
import { expand, pathAt, runPath, runProgram, startPath, type Card } from '../../../../src/model/kinds/path/rules.ts';
import { place, type PlacementPlay } from '../../../../src/model/kinds/placement.ts';
import { startSequence } from '../../../../src/model/kinds/sequence/rules.ts';
import { startSort } from '../../../../src/model/kinds/sort/rules.ts';
import { choose, discover, startStory, turnForward } from '../../../../src/model/kinds/story/rules.ts';
import { checkSyllable, choosePart, currentRound, nextSyllable, startSyllable } from '../../../../src/model/kinds/syllable/rules.ts';
import { nextTrace, startTrace, strokesOfItem, traceStroke } from '../../../../src/model/kinds/trace/rules.ts';
import { currentWords, dropTile, nextWords, startWords, type WordsPlay } from '../../../../src/model/kinds/words/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

/**
 * A reload comes back to where the child was, for every kind: the scene's checkpoint goes to
 * localStorage as JSON and is read back. For each kind, some moves are played as the scene plays
 * them, its checkpoint is taken as the scene takes it, sent through JSON, restored as the scene
 * restores it, and the next move must behave exactly as it does in the play that was never
 * reloaded (a sort bin of capacity Infinity came back as null and took no card at all).
 */
const roots = defaultRoots(path.resolve(import.meta.dirname, '../../../..'));
function example<K extends Activity['kind']>(file: string, kind: K): Extract<Activity, { kind: K }> {
  const r = validateFile(roots, path.join(roots.levels, file));
  if (r.activity?.kind !== kind) throw new Error(`${file}: ${JSON.stringify(r.issues)}`);
  return r.activity as Extract<Activity, { kind: K }>;
}
const throughJson = <T>(v: T): unknown => JSON.parse(JSON.stringify(v)) as unknown;

/** The checkpoint survives JSON whole, and the next move after restoring it is the move of the unbroken play. */
function roundTrip<P, R>(checkpoint: unknown, continued: P, restore: (saved: unknown) => P | undefined, next: (p: P) => R): void {
  // The scene saves what its kind's definition makes of the play, and restores through it.
  expect(notJsonAt(checkpoint)).toBeUndefined();
  expect(throughJson(checkpoint)).toEqual(checkpoint);
  const restored = restore(throughJson(checkpoint));
  expect(restored).toBeDefined();
  expect(next(restored as P)).toEqual(next(continued));
}

describe('a checkpoint round-trips through JSON for every kind', () => {
  const placement = (a: Activity, fresh: () => PlacementPlay) => {
    // Two things put right, one wrong try on a third: then a reload.
    let play = fresh();
    const [t1, t2, t3, t4] = play.order.map((id) => play.problem.things.find((t) => t.id === id)!);
    play = place(play, t1!.id, t1!.place).play;
    play = place(play, t2!.id, t2!.place).play;
    const wrongPlace = play.problem.places.find((p) => p.id !== t3!.place)!.id;
    play = place(play, t3!.id, wrongPlace).play;
    // The scene checkpoints after each placed thing; a wrong try is not saved.
    const checkpoint = place(place(fresh(), t1!.id, t1!.place).play, t2!.id, t2!.place).play;
    const continued = { ...play, wrong: {} };
    void a;
    const def = definitionOf(a.kind as 'sort');
    roundTrip(def.checkpoint(checkpoint), continued, (s) => def.resume(s, fresh(), a as never), (p) => {
      const one = place(p, t3!.id, t3!.place);
      return [one.outcome, t4 ? place(one.play, t4.id, t4.place).outcome : undefined];
    });
  };

  it('sort', () => {
    const a = example('khoa-hoc/chim-noi.json', 'sort');
    placement(a, () => startSort(a, seededRng(7)));
  });

  it('sort: a card placed after a reload is taken (it was ignored: the bin came back with capacity null)', () => {
    const a = example('khoa-hoc/chim-noi.json', 'sort');
    const fresh = () => startSort(a, seededRng(7));
    const first = fresh().problem.things.find((t) => t.id === fresh().order[0])!;
    const saved = throughJson(place(fresh(), first.id, first.place).play);
    const second = fresh().problem.things.find((t) => t.id === fresh().order[1])!;
    expect(place(definitionOf('sort').resume(saved, fresh(), a)!, second.id, second.place).outcome.type).toBe('correct');
  });

  it('match', () => {
    const a = example('mam-non/so-va-so-luong.json', 'match');
    placement(a, () => startMatch(a, seededRng(7)));
  });

  it('sequence', () => {
    const a = example('khoa-hoc/cay-lon-len.json', 'sequence');
    placement(a, () => startSequence(a, seededRng(7)));
  });

  it('choice', () => {
    const a = example('mam-non/con-vat-keu.json', 'choice');
    let play = startChoice(a, seededRng(7));
    play = nextItem(answerChoice(play, correctIndices(currentItem(play))).play);
    // The scene checkpoints its play when an item is shown.
    const def = definitionOf('choice');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, play, a), (p) => {
      const wrong = currentItem(p).options.findIndex((o) => !o.correct);
      const miss = answerChoice(p, [wrong]);
      return [miss.outcome, answerChoice(miss.play, correctIndices(currentItem(p))).outcome];
    });
  });

  it('memory', () => {
    const a = example('mam-non/lat-the.json', 'memory');
    const fresh = () => startMemory(a, seededRng(7));
    let play = fresh();
    const [c1, c2] = play.cards.filter((c) => c.pair === 0);
    const other = play.cards.find((c) => c.pair === 1)!;
    play = turnCard(play, c1!.id).play;
    play = turnCard(play, other.id).play; // a miss: both seen
    play = { ...play, up: [] };
    play = turnCard(turnCard(play, c1!.id).play, c2!.id).play; // a pair found: checkpoint
    const def = definitionOf('memory');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, fresh(), a), (p) => {
      const partner = p.cards.find((c) => c.pair === 1 && c.id !== other.id)!;
      const first = turnCard(p, other.id);
      return [first.outcome, turnCard(first.play, partner.id)];
    });
  });

  it('story', () => {
    const a = example('truyen/meo-con-di-choi.json', 'story');
    let play = discover(a, startStory(), 0).play;
    play = turnForward(a, play).play;
    const def = definitionOf('story');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, startStory(), a), (p) => {
      const on = turnForward(a, p);
      const branch = a.pages[on.play.page]?.choices ? choose(a, on.play, 0) : undefined;
      return [on, branch, discover(a, on.play, 0)];
    });
  });

  // The kinds that go item by item checkpoint { item, scores } at the start of each item.

  it('count', () => {
    const a = example('mam-non/dem-vit.json', 'count');
    const fresh = () => startCount(a, seededRng(7));
    const play = answerCount(fresh(), fresh().items[0]!.count).play;
    const def = definitionOf('count');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, fresh(), a), (p) => {
      const miss = answerCount(p, p.items[p.index]!.count + 1);
      return [miss, answerCount(miss.play, p.items[p.index]!.count)];
    });
  });

  it('numeric', () => {
    const a = example('toan/so-sanh.json', 'numeric');
    const fresh = () => startNumeric(a);
    const right = (p: ReturnType<typeof startNumeric>) => String(p.items[p.index]!.answer);
    let play = answerNumeric(fresh(), '999').play;
    play = answerNumeric(play, right(play)).play;
    const def = definitionOf('numeric');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, fresh(), a), (p) => {
      const miss = answerNumeric(p, '999');
      return [miss, answerNumeric(miss.play, right(p))];
    });
  });

  it('balance', () => {
    const a = example('khoa-hoc/can-thang-bang.json', 'balance');
    const answers = ['left', 'right', 'same'] as const;
    const pansOf = (i: number) => {
      const item = a.items[i]!;
      return { left: 'left' in item ? [...(item.left ?? [])] : [], right: 'right' in item ? [...(item.right ?? [])] : [] };
    };
    let play = startBalance();
    for (const ans of answers) {
      const tried = answerBalance(a, play, pansOf(0), ans);
      if (tried.outcome.type !== 'wrong') {
        play = tried.play;
        break;
      }
      play = tried.play;
    }
    const def = definitionOf('balance');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, startBalance(), a), (p) => answers.map((ans) => answerBalance(a, p, pansOf(p.index), ans)));
  });

  it('path', () => {
    const a = example('tin-hoc/robot-tim-sao.json', 'path');
    // The robot's way to the star, as a program of arrow cards (found by breadth-first search).
    const solve = (i: number): Card[] => {
      const g = a.items[i]!;
      const moves = { up: [0, -1], down: [0, 1], left: [-1, 0], right: [1, 0] } as const;
      const seen = new Map<string, Card[]>([[`${g.start.x},${g.start.y}`, []]]);
      const queue = [g.start];
      while (queue.length) {
        const at = queue.shift()!;
        const prog = seen.get(`${at.x},${at.y}`)!;
        if (at.x === g.goal.x && at.y === g.goal.y) return prog;
        for (const [m, [dx, dy]] of Object.entries(moves)) {
          const to = { x: at.x + dx, y: at.y + dy };
          const key = `${to.x},${to.y}`;
          const inside = to.x >= 0 && to.y >= 0 && to.x < g.cols && to.y < g.rows && !g.obstacles.some((o) => o.x === to.x && o.y === to.y);
          if (inside && !seen.has(key)) (seen.set(key, [...prog, m as Card]), queue.push(to));
        }
      }
      throw new Error('no way');
    };
    const run = runProgram(a.items[0]!, solve(0));
    expect(run.end).toBe('reached');
    const solved = runPath(a, startPath(), solve(0)).play;
    const play = pathAt(solved.index + 1, solved.scores);
    const def = definitionOf('path');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, startPath(), a), (p) => [runPath(a, p, solve(p.index)), expand(solve(p.index))]);
  });

  it('syllable', () => {
    const a = example('lop-1/ghep-van.json', 'syllable');
    const fresh = () => startSyllable(a, seededRng(7));
    const build = (p: ReturnType<typeof startSyllable>) => {
      const r = currentRound(p);
      return r.rows.reduce((q, row) => choosePart(q, row.part, r.target[row.part]), p);
    };
    const play = nextSyllable(checkSyllable(build(fresh())).play);
    const def = definitionOf('syllable');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, fresh(), a), (p) => {
      const r = currentRound(p);
      const wrongTone = r.rows.find((row) => row.part === 'tone')!.options.find((o) => o !== r.target.tone)!;
      const miss = checkSyllable(choosePart(build(p), 'tone', wrongTone));
      return [miss, checkSyllable(build(miss.play))];
    });
  });

  it('words', () => {
    const a = example('lop-1/ghep-chu.json', 'words');
    const fresh = () => startWords(a, 'vi', seededRng(7));
    const fill = (p: WordsPlay) =>
      currentWords(p).slots.reduce((q, want, slot) => {
        const tile = currentWords(q).tiles.find((t) => t.text === want && !Object.values(q.filled).includes(t.id))!;
        return dropTile(q, tile.id, slot).play;
      }, p);
    const play = nextWords(fill(fresh()));
    const def = definitionOf('words');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, fresh(), a), (p) => {
      const r = currentWords(p);
      const wrong = r.tiles.find((t) => t.text !== r.slots[0]);
      const miss = wrong ? dropTile(p, wrong.id, 0) : undefined;
      return [miss, nextWords(fill(p))];
    });
  });

  it('trace', () => {
    const a = example('lop-1/to-chu-so.json', 'trace');
    let play = startTrace();
    for (const s of strokesOfItem(a, 0)) play = traceStroke(a, play, s).play;
    play = nextTrace(play);
    const def = definitionOf('trace');
    roundTrip(def.checkpoint(play), play, (s) => def.resume(s, startTrace(), a), (p) => {
      const [s0] = strokesOfItem(a, p.index);
      const scribble = [[0, 0], [1, 1]] as const;
      return [traceStroke(a, p, scribble), traceStroke(a, p, s0!), traceStroke(a, p, s0!, true)];
    });
  });
});

describe('the JSON guard of checkpoints', () => {
  it('names the first value JSON would not give back', () => {
    expect(notJsonAt({ places: [{ id: 'a', capacity: Number.POSITIVE_INFINITY }] })).toBe('$.places[0].capacity = Infinity');
    expect(notJsonAt({ n: Number.NaN })).toBe('$.n = NaN');
    expect(notJsonAt({ s: new Set([1]) })).toBe('$.s = Set');
    expect(notJsonAt({ d: new Date(0) })).toBe('$.d = Date');
    expect(notJsonAt([1, undefined])).toBe('$[1] = undefined');
    expect(notJsonAt({ f: () => 1 })).toBe('$.f = function');
    expect(notJsonAt({ a: [1, 'x', null, true, { b: {} }], gone: undefined })).toBeUndefined();
  });
});
