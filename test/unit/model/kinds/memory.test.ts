import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { memoryFinished, memoryEvidence, memorySummary, startMemory, turnBack, turnCard, type MemoryPlay } from '../../../../src/model/kinds/memory/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';

const a = activitySchema.parse({
  id: 'nho',
  title: 'Lật thẻ',
  subject: 'vietnamese',
  band: 'lop-1',
  kind: 'memory',
  pairs: [
    { a: { text: 'A' }, b: { text: 'a' } },
    { a: { text: 'B' }, b: { text: 'b' } },
    { a: { text: 'C' }, b: { text: 'c' } },
  ],
});
if (a.kind !== 'memory') throw new Error('kind');
const turn = (p: MemoryPlay, id: string) => turnCard(p, id);

describe('memory rules', () => {
  it('lays out every face once, shuffled', () => {
    const p = startMemory(a, seededRng(1));
    expect(p.cards.map((c) => c.id).sort()).toEqual(['p1a', 'p1b', 'p2a', 'p2b', 'p3a', 'p3b']);
  });

  it('a pair stays up; a miss turns back; a third card waits until then', () => {
    let p = startMemory(a, seededRng(1));
    expect(turn(p, 'p1a').outcome).toEqual({ type: 'first', card: 'p1a' });
    p = turn(p, 'p1a').play;
    expect(turn(p, 'p1a').outcome.type).toBe('ignored');
    const miss = turn(p, 'p2a');
    expect(miss.outcome).toEqual({ type: 'miss', cards: ['p1a', 'p2a'] });
    expect(turn(miss.play, 'p3a').outcome.type).toBe('ignored');
    p = turnBack(miss.play);
    p = turn(p, 'p1a').play;
    const pair = turn(p, 'p1b');
    expect(pair.outcome).toMatchObject({ type: 'pair', pair: 0, attempt: 1, done: false });
    expect(turn(pair.play, 'p1a').outcome.type).toBe('ignored');
  });

  it('counts a lapse only when the whole pair was known before the turn: memory, not luck', () => {
    let p = startMemory(a, seededRng(1));
    // p1a and p2a seen: exploring, no lapse.
    p = turnBack(turn(turn(p, 'p1a').play, 'p2a').play);
    expect(p.lapses).toEqual({});
    // p2b turned for the first time: its partner p2a was seen once, but missing it is ordinary turning.
    p = turnBack(turn(turn(p, 'p2b').play, 'p3a').play);
    expect(p.lapses).toEqual({});
    // p2b again, both of pair 2 known: missing p2a now is a lapse for pair 2.
    p = turnBack(turn(turn(p, 'p2b').play, 'p1a').play);
    expect(p.lapses).toEqual({ 1: 1 });
    p = turn(turn(p, 'p2b').play, 'p2a').play;
    p = turn(turn(p, 'p1a').play, 'p1b').play;
    const last = turn(turn(p, 'p3a').play, 'p3b');
    expect(last.outcome).toMatchObject({ type: 'pair', done: true });
    expect(memoryFinished(last.play)).toBe(true);
    expect(memorySummary(last.play)).toEqual({ raw: 2.5, max: 3, stars: 2 });
    expect(memoryEvidence(a, last.outcome, [])).toMatchObject({ interactionType: 'matching', prompt: 'C', success: true, attempt: 1 });
  });

  it('ordinary turning (two new cards at a time in table order, a pair taken once both are seen) keeps three stars', () => {
    const big = activitySchema.parse({ ...a, pairs: [...a.pairs, { a: { text: 'D' }, b: { text: 'd' } }, { a: { text: 'E' }, b: { text: 'e' } }, { a: { text: 'G' }, b: { text: 'g' } }] });
    if (big.kind !== 'memory') throw new Error('kind');
    const partnerOf = (id: string) => id.replace(/[ab]$/, (s) => (s === 'a' ? 'b' : 'a'));
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      let p = startMemory(big, seededRng(seed));
      for (let guard = 0; !memoryFinished(p) && guard < 100; guard++) {
        const open = p.cards.filter((c) => !p.found.includes(c.pair));
        const known = open.find((c) => p.seen.includes(c.id) && p.seen.includes(partnerOf(c.id)));
        const fresh = open.filter((c) => !p.seen.includes(c.id));
        const x = known?.id ?? fresh[0]!.id;
        const y = known ? partnerOf(known.id) : (fresh[1] ?? open.find((c) => c.id !== x)!).id;
        const r = turn(turn(p, x).play, y);
        p = r.outcome.type === 'miss' ? turnBack(r.play) : r.play;
      }
      expect(memoryFinished(p)).toBe(true);
      expect(memorySummary(p).stars, `seed ${seed}`).toBe(3);
    }
  });
});
