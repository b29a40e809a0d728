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

  it('counts a lapse only when the partner had been seen: memory, not luck', () => {
    let p = startMemory(a, seededRng(1));
    // p1a and p2a seen: exploring, no lapse.
    p = turnBack(turn(turn(p, 'p1a').play, 'p2a').play);
    expect(p.lapses).toEqual({});
    // p2b first: its partner p2a was seen, so missing it with p3a is a lapse for pair 2.
    p = turnBack(turn(turn(p, 'p2b').play, 'p3a').play);
    expect(p.lapses).toEqual({ 1: 1 });
    p = turn(turn(p, 'p2b').play, 'p2a').play;
    p = turn(turn(p, 'p1a').play, 'p1b').play;
    const last = turn(turn(p, 'p3a').play, 'p3b');
    expect(last.outcome).toMatchObject({ type: 'pair', done: true });
    expect(memoryFinished(last.play)).toBe(true);
    expect(memorySummary(last.play)).toEqual({ raw: 2.5, max: 3, stars: 2 });
    expect(memoryEvidence(a, last.outcome, [])).toMatchObject({ interactionType: 'matching', prompt: 'C', success: true, attempt: 1 });
  });
});
