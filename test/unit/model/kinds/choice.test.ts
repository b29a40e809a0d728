import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import {
  answerChoice,
  choiceEvidence,
  choiceFinished,
  isMultiple,
  nextItem,
  startChoice,
  choiceSummary,
  type ChoicePlay,
} from '../../../../src/model/kinds/choice/rules.ts';
import type { ChoiceActivity } from '../../../../src/model/kinds/choice/schema.ts';
import { seededRng } from '../../../../src/model/random.ts';

function make(extra: Record<string, unknown> = {}): ChoiceActivity {
  const a = activitySchema.parse({
    id: 'test',
    kind: 'choice',
    title: 'Test',
    subject: 'math',
    band: 'lop-1',
    competencies: ['nl.tinh-toan'],
    shuffle: false,
    items: [
      { prompt: '1 + 1', hint: { vi: 'Đếm ngón tay', en: 'Count your fingers' }, options: [{ text: '1' }, { text: '2', correct: true }, { text: '3' }, { text: '4' }] },
      { prompt: 'Số chẵn', competencies: ['nlc.giai-quyet-van-de'], options: [{ text: '2', correct: true }, { text: '3' }, { text: '4', correct: true }] },
    ],
    ...extra,
  });
  if (a.kind !== 'choice') throw new Error('not choice');
  return a;
}

const answer = (play: ChoicePlay, sel: number[]) => answerChoice(play, sel);

describe('choice rules', () => {
  it('scores a right first answer 1 and moves on', () => {
    const p0 = startChoice(make(), seededRng(1));
    const { play, outcome } = answer(p0, [1]);
    expect(outcome).toMatchObject({ type: 'correct', attempt: 1, result: { score: 1, success: true, hints: 0 } });
    expect(play.itemDone).toBe(true);
    expect(nextItem(play).index).toBe(1);
  });

  it('ignores answers after the item ended (a double tap) and empty answers', () => {
    const { play } = answer(startChoice(make(), seededRng(1)), [1]);
    expect(answer(play, [0]).outcome.type).toBe('ignored');
    expect(answer(startChoice(make(), seededRng(1)), []).outcome.type).toBe('ignored');
  });

  it('gives a hint after hintAfter wrong tries: the text once, and fades a wrong option the child picked', () => {
    const p0 = startChoice(make(), seededRng(1));
    const first = answer(p0, [0]);
    expect(first.outcome).toEqual({ type: 'wrong', attempt: 1, attemptsLeft: 2, hint: { text: { vi: 'Đếm ngón tay', en: 'Count your fingers' }, eliminate: 0 } });
    expect(first.play.eliminated).toEqual([0]);
    const second = answer(first.play, [2]);
    expect(second.outcome).toMatchObject({ type: 'wrong', attempt: 2, hint: { eliminate: 2 } });
    expect(second.outcome.type === 'wrong' && second.outcome.hint?.text).toBeFalsy();
  });

  it('never fades below two options', () => {
    const a = make({ maxAttempts: 10, items: [{ prompt: 'p', options: [{ text: 'a', correct: true }, { text: 'b' }, { text: 'c' }] }] });
    let play = startChoice(a, seededRng(1));
    ({ play } = answer(play, [1]));
    expect(play.eliminated).toEqual([1]);
    const again = answer(play, [2]);
    expect(again.outcome).toMatchObject({ type: 'wrong' });
    expect(again.outcome.type === 'wrong' && again.outcome.hint).toBeUndefined();
    expect(again.play.eliminated).toEqual([1]);
  });

  it('gives no hint when hintAfter is 0', () => {
    const { outcome } = answer(startChoice(make({ hintAfter: 0 }), seededRng(1)), [0]);
    expect(outcome).toEqual({ type: 'wrong', attempt: 1, attemptsLeft: 2 });
  });

  it('shows the answer after the last wrong try and scores 0', () => {
    let play = startChoice(make({ maxAttempts: 2 }), seededRng(1));
    ({ play } = answer(play, [0]));
    const last = answer(play, [2]);
    expect(last.outcome).toMatchObject({ type: 'revealed', attempt: 2, correct: [1], result: { score: 0, revealed: true, success: false } });
  });

  it('scores a right answer after a wrong one 0.5', () => {
    let play = startChoice(make(), seededRng(1));
    ({ play } = answer(play, [0]));
    expect(answer(play, [1]).outcome).toMatchObject({ type: 'correct', attempt: 2, result: { score: 0.5, hints: 1 } });
  });

  it('needs every right option and no wrong one when several are right', () => {
    let play = nextItem(answer(startChoice(make(), seededRng(1)), [1]).play);
    expect(isMultiple(make().items[1]!)).toBe(true);
    expect(answer(play, [0]).outcome.type).toBe('wrong'); // partial
    expect(answer(play, [0, 1, 2]).outcome.type).toBe('wrong'); // one too many
    ({ play } = answer(play, [2, 0]));
    expect(play.results.at(-1)).toMatchObject({ success: true });
    expect(choiceFinished(nextItem(play))).toBe(true);
  });

  it('shuffles options repeatably from a seed, and keeps the file order when asked', () => {
    const a = make({ shuffle: true });
    expect(startChoice(a, seededRng(42)).order).toEqual(startChoice(a, seededRng(42)).order);
    const orders = new Set(Array.from({ length: 20 }, (_, s) => JSON.stringify(startChoice(a, seededRng(s)).order)));
    expect(orders.size).toBeGreaterThan(1);
    expect(startChoice(make(), seededRng(42)).order[0]).toEqual([0, 1, 2, 3]);
  });

  it('gives stars from the score, never fewer than one', () => {
    const finish = (answers: number[][][]) => {
      let play = startChoice(make({ maxAttempts: 2 }), seededRng(1));
      for (const tries of answers) {
        for (const t of tries) ({ play } = answer(play, t));
        play = nextItem(play);
      }
      return choiceSummary(play);
    };
    expect(finish([[[1]], [[0, 2]]])).toEqual({ raw: 2, max: 2, scaled: 1, stars: 3 });
    expect(finish([[[0], [1]], [[0, 2]]])).toMatchObject({ raw: 1.5, stars: 2 });
    expect(finish([[[0], [2]], [[1], [1, 2]]])).toMatchObject({ raw: 0, stars: 1 });
  });
});

describe('choice evidence', () => {
  it('describes the answer as an xAPI choice interaction', () => {
    const p0 = startChoice(make(), seededRng(1));
    const { outcome } = answer(p0, [0]);
    const ev = choiceEvidence(p0, [0], outcome);
    expect(ev).toMatchObject({
      itemIndex: 0,
      interactionType: 'choice',
      correctResponsesPattern: ['b'],
      response: 'a',
      success: false,
      attempt: 1,
      hints: 1,
      competencies: ['nl.tinh-toan'],
      completed: false,
    });
    expect(ev?.choices?.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('uses the item competencies and the "[,]" pattern for several right options', () => {
    const p1 = nextItem(answer(startChoice(make(), seededRng(1)), [1]).play);
    const { outcome } = answer(p1, [2, 0]);
    expect(choiceEvidence(p1, [2, 0], outcome)).toMatchObject({
      correctResponsesPattern: ['a[,]c'],
      response: 'a[,]c',
      success: true,
      competencies: ['nlc.giai-quyet-van-de'],
      completed: true,
    });
  });

  it('is not evidence of anything when the answer was ignored', () => {
    const p0 = startChoice(make(), seededRng(1));
    expect(choiceEvidence(p0, [], { type: 'ignored' })).toBeUndefined();
  });
});
