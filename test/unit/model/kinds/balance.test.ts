import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../src/model/activity/schema.ts';
import { validateActivityText } from '../../../../src/model/activity/validate.ts';
import { answerBalance, balanceEvidence, levelling, MAX_TILT, restingTilt, startBalance, stepBeam, type Beam } from '../../../../src/model/kinds/balance/rules.ts';

const a = activitySchema.parse({
  id: 'can',
  kind: 'balance',
  title: 'Cân',
  subject: 'science',
  band: 'lop-2',
  competencies: ['nl.khoa-hoc'],
  maxAttempts: 2,
  objects: [
    { id: 'tao', text: 'táo', mass: 5 },
    { id: 'khoi', text: 'khối', mass: 1 },
  ],
  items: [
    { task: 'heavier', left: ['tao'], right: ['khoi'] },
    { task: 'balance', left: ['tao'], shelf: ['khoi', 'khoi', 'khoi', 'khoi', 'khoi', 'khoi'] },
  ],
});
if (a.kind !== 'balance') throw new Error('balance');

describe('the beam', () => {
  it('rests level for equal masses, tilts towards the heavier pan, never past the limit', () => {
    expect(restingTilt(3, 3)).toBe(0);
    expect(restingTilt(5, 1)).toBeLessThan(0);
    expect(restingTilt(1, 5)).toBeGreaterThan(0);
    expect(restingTilt(0, 100)).toBe(MAX_TILT);
    expect(Math.abs(restingTilt(5, 4))).toBeLessThan(Math.abs(restingTilt(5, 1)));
  });

  it('swings smoothly to rest: not at once, settled within two seconds, whatever the frame rate', () => {
    const settle = (frame: number) => {
      let beam: Beam = { angle: 0, velocity: 0 };
      const angles: number[] = [];
      for (let t = 0; t < 2; t += frame) {
        beam = stepBeam(beam, 12, frame);
        angles.push(beam.angle);
      }
      return angles;
    };
    const fast = settle(1 / 60);
    expect(fast[0]).toBeLessThan(1); // the first frame barely moves
    expect(Math.max(...fast)).toBeLessThan(12 * 1.3); // a small overshoot, like a real balance
    expect(Math.abs((fast.at(-1) ?? 0) - 12)).toBeLessThan(0.3);
    const slow = settle(1 / 15);
    expect(Math.abs((slow.at(-1) ?? 0) - (fast.at(-1) ?? 0))).toBeLessThan(0.3);
  });
});

describe('balance tasks', () => {
  it('heavier: the side with more mass', () => {
    const wrong = answerBalance(a, startBalance(), { left: ['tao'], right: ['khoi'] }, 'right');
    expect(wrong.outcome).toEqual({ type: 'wrong', attempt: 1, attemptsLeft: 1, hint: true });
    const right = answerBalance(a, wrong.play, { left: ['tao'], right: ['khoi'] }, 'left');
    expect(right.outcome).toEqual({ type: 'correct', attempt: 2, score: 0.5 });
    expect(balanceEvidence(a, wrong.play, { left: ['tao'], right: ['khoi'] }, right.outcome, 'Bên nào nặng hơn?', 'left')).toMatchObject({ interactionType: 'choice', correctResponsesPattern: ['left'], response: 'left', success: true });
  });

  it('balance: level only with equal masses on both pans, recorded as what was on each pan', () => {
    const p1 = { index: 1, attempts: 0, scores: [1] };
    expect(answerBalance(a, p1, { left: ['tao'], right: ['khoi', 'khoi', 'khoi', 'khoi'] }).outcome.type).toBe('wrong');
    const pans = { left: ['tao'], right: ['khoi', 'khoi', 'khoi', 'khoi', 'khoi'] };
    const { outcome, play } = answerBalance(a, p1, pans);
    expect(outcome.type).toBe('correct');
    expect(play.scores).toEqual([1, 1]);
    expect(balanceEvidence(a, p1, pans, outcome, 'Cân').response).toBe('left=tao;right=khoi,khoi,khoi,khoi,khoi');
  });

  it('levelling: the fewest things from the shelf that level the beam (what the answer shown puts on the pans), none when nothing can', () => {
    const item = a.items[1]!;
    if (item.task !== 'balance') throw new Error('balance');
    expect(levelling(a, item)).toEqual({ left: [], right: [0, 1, 2, 3, 4] });
    expect(levelling(a, { ...item, shelf: ['khoi', 'khoi'] })).toBeUndefined();
    // The apple on the right pan against two cubes on the left: three more cubes on the left.
    expect(levelling(a, { ...item, left: ['khoi', 'khoi'], right: ['tao'], shelf: ['khoi', 'khoi', 'khoi', 'khoi'] })).toEqual({ left: [0, 1, 2], right: [] });
  });

  it('names unknown objects at their line, and a balance task with nothing to put on the pans', () => {
    const text = JSON.stringify({ ...a, items: [{ task: 'heavier', left: ['tao'], right: ['dua'] }, { task: 'balance', left: ['tao'] }] }, null, 2);
    const issues = validateActivityText(text, { file: 't.json' }).issues;
    expect(issues.map((i) => `${i.path}:${i.key}`)).toEqual(['items[0].right[0]:balance.unknownObject', 'items[1].shelf:balance.emptyShelf']);
  });
});
