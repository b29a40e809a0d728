import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { startMatch } from '../../../../src/model/kinds/match/rules.ts';
import { placementFinished, place, placementEvidence, placementSummary, startPlacement, type PlacementPlay } from '../../../../src/model/kinds/placement.ts';
import { startSequence } from '../../../../src/model/kinds/sequence/rules.ts';
import { sortLabels, startSort } from '../../../../src/model/kinds/sort/rules.ts';
import { seededRng } from '../../../../src/model/random.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';

const envelope = { id: 'thu', title: 'T', subject: 'science', band: 'mn-5-6', competencies: ['mn.nhan-thuc'] };
const sort = activitySchema.parse({
  ...envelope,
  kind: 'sort',
  bins: [{ id: 'chim', label: 'Chìm' }, { id: 'noi', label: 'Nổi' }],
  items: [{ text: 'đá', bin: 'chim' }, { text: 'lá', bin: 'noi' }, { text: 'xu', bin: 'chim' }],
});
if (sort.kind !== 'sort') throw new Error('sort');

describe('placement rules', () => {
  const play0 = () => startSort(sort, seededRng(1));

  it('accepts a thing in its place and scores it 1 at the first try', () => {
    const { play, outcome } = place(play0(), 'i1', 'chim');
    expect(outcome).toMatchObject({ type: 'correct', attempt: 1, result: { score: 1 } });
    expect(play.placed).toEqual({ i1: 'chim' });
  });

  it('leaves a thing where it was after a wrong move, counts the try, and scores a later success 0.5', () => {
    let { play, outcome } = place(play0(), 'i1', 'noi');
    expect(outcome).toEqual({ type: 'wrong', thing: 'i1', place: 'noi', attempt: 1, attemptsLeft: 2 });
    expect(play.placed).toEqual({});
    ({ play, outcome } = place(play, 'i1', 'chim'));
    expect(outcome).toMatchObject({ type: 'correct', attempt: 2, result: { score: 0.5 } });
  });

  it('sends a thing to its place by itself after the last wrong try, scored 0', () => {
    let play: PlacementPlay = play0();
    for (let i = 0; i < 2; i++) ({ play } = place(play, 'i2', 'chim'));
    const last = place(play, 'i2', 'chim');
    expect(last.outcome).toMatchObject({ type: 'shown', place: 'noi', tried: 'chim', attempt: 3, result: { success: false, score: 0 } });
    expect(last.play.placed.i2).toBe('noi');
  });

  it('ignores a thing already placed, an unknown place, and a full place', () => {
    const { play } = place(play0(), 'i1', 'chim');
    expect(place(play, 'i1', 'chim').outcome).toEqual({ type: 'ignored', reason: 'placed' });
    expect(place(play, 'i2', 'nowhere').outcome).toEqual({ type: 'ignored', reason: 'unknown' });
    const one = startPlacement({ things: [{ id: 'a', place: 'x' }, { id: 'b', place: 'x' }], places: [{ id: 'x', capacity: 1 }], maxAttempts: 3 }, seededRng(1));
    expect(place(place(one, 'a', 'x').play, 'b', 'x').outcome).toEqual({ type: 'ignored', reason: 'full' });
  });

  it('ends when every thing is placed, with stars from the score', () => {
    let play = play0();
    for (const [t, p] of [['i1', 'chim'], ['i2', 'noi'], ['i3', 'noi'], ['i3', 'chim']] as const) ({ play } = place(play, t, p));
    expect(placementFinished(play)).toBe(true);
    expect(placementSummary(play)).toEqual({ raw: 2.5, max: 3, stars: 2 });
  });

  it('is evidence per move: a matching interaction "thing[.]place"', () => {
    const before = play0();
    const { outcome } = place(before, 'i2', 'chim');
    expect(placementEvidence(before, sortLabels(sort), outcome)).toMatchObject({
      itemIndex: 1,
      interactionType: 'matching',
      prompt: 'lá',
      correctResponsesPattern: ['i2[.]noi'],
      response: 'i2[.]chim',
      success: false,
      completed: false,
      competencies: ['mn.nhan-thuc'],
      target: [{ id: 'chim', description: 'Chìm' }, { id: 'noi', description: 'Nổi' }],
    });
  });
});

describe('match and sequence as placements', () => {
  it('match: left i onto right i, one each', () => {
    const a = activitySchema.parse({ ...envelope, kind: 'match', pairs: [{ left: { text: '3' }, right: { text: 'ba' } }, { left: { text: '4' }, right: { text: 'bốn' } }] });
    if (a.kind !== 'match') throw new Error('match');
    const play = startMatch(a, seededRng(2));
    expect(play.problem.things).toEqual([{ id: 'l1', place: 'r1' }, { id: 'l2', place: 'r2' }]);
    expect(play.problem.places.every((p) => p.capacity === 1)).toBe(true);
  });

  it('sequence: card i into space i, cards offered shuffled', () => {
    const a = activitySchema.parse({ ...envelope, kind: 'sequence', cards: ['a', 'b', 'c', 'd', 'e'].map((text) => ({ text })) });
    if (a.kind !== 'sequence') throw new Error('sequence');
    const play = startSequence(a, seededRng(5));
    expect(play.problem.things.map((t) => t.place)).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect([...play.order].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });
});

describe('validation of the placement kinds', () => {
  it('says which sort item names a bin that does not exist, at its line', () => {
    const text = JSON.stringify({ ...envelope, kind: 'sort', bins: [{ id: 'chim', label: 'Chìm' }, { id: 'noi', label: 'Nổi' }], items: [{ text: 'đá', bin: 'chim' }, { text: 'lá', bin: 'bay' }] }, null, 2);
    const issue = validateActivityText(text, { file: 't.json' }).issues.find((i) => i.severity === 'error');
    expect(issue).toMatchObject({ path: 'items[1].bin', key: 'sort.noBin', params: { bin: 'bay' } });
    expect(text.split('\n')[issue!.line - 1]).toContain('"bay"');
  });

  it('needs 3 to 8 sequence cards, each with a word or a picture', () => {
    const text = JSON.stringify({ ...envelope, kind: 'sequence', cards: [{ text: 'a' }, {}] });
    const keys = validateActivityText(text, { file: 't.json' }).issues.map((i) => `${i.path}:${i.key}`);
    expect(keys).toEqual(expect.arrayContaining(['cards:tooFew', 'cards[1]:card.empty']));
  });
});
