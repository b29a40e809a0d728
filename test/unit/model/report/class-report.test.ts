import { describe, expect, it } from 'vitest';
import type { AnswerEvidence } from '../../../../src/model/evidence/answer-evidence.ts';
import { answerStatement, type PlayContext } from '../../../../src/model/evidence/statement.ts';
import type { Statement } from '../../../../src/model/evidence/xapi.ts';
import { WHOLE_CLASS_ID } from '../../../../src/model/learners/learner.ts';
import { answerLabel } from '../../../../src/model/report/answer-label.ts';
import { classReport, earlyYearsOnly, endingOf } from '../../../../src/model/report/class-report.ts';
import { testId } from '../../../support/statements.ts';

const CLASS = '6a1f0e2c-4b7d-4c1e-9a55-0d2f3b4c5d6e';
let clock = Date.UTC(2026, 10, 24, 3, 0, 0);

/** A choice answer of `learner` to "Con nào kêu meo meo?" (a: mèo right, b: chó, c: gà). */
function choice(learner: string, response: string, o: { success: boolean; attempt: number; completed: boolean; hints?: number; registration?: string; activity?: string; item?: number }): Statement {
  const ctx: PlayContext = {
    homePage: 'http://localhost/',
    learnerId: learner,
    registration: o.registration ?? `00000000-0000-4000-8000-${learner.padStart(12, '0').slice(-12)}`,
    activity: { id: o.activity ?? 'con-vat-keu', version: 1, title: { vi: 'Con vật kêu', en: 'Animal sounds' }, competencies: ['mn.nhan-thuc'] },
    lang: 'vi',
  };
  const ev: AnswerEvidence = {
    itemIndex: (o.item ?? 1) - 1,
    interactionType: 'choice',
    prompt: { vi: 'Con nào kêu meo meo?', en: 'Which says meow?' },
    choices: [
      { id: 'a', description: { vi: 'mèo', en: 'cat' } },
      { id: 'b', description: { vi: 'chó', en: 'dog' } },
      { id: 'c', description: 'images/con-ga.svg' },
    ],
    correctResponsesPattern: ['a'],
    response,
    success: o.success,
    attempt: o.attempt,
    hints: o.hints ?? 0,
    competencies: ['mn.nhan-thuc'],
    completed: o.completed,
  };
  clock += 1000;
  return answerStatement(ctx, ev, { id: testId(), timestamp: clock, durationMs: 900 });
}

const right = (learner: string, attempt = 1, more: Partial<Parameters<typeof choice>[2]> = {}) => choice(learner, 'a', { success: true, attempt, completed: true, ...more });
const wrong = (learner: string, response: string, attempt: number, more: Partial<Parameters<typeof choice>[2]> = {}) => choice(learner, response, { success: false, attempt, completed: false, ...more });
const shown = (learner: string, response: string, attempt: number) => choice(learner, response, { success: false, attempt, completed: true });

const report = (statements: Statement[], early = false) => classReport({ classId: CLASS, generatedAt: '2026-11-24T10:00:00.000Z', statements, early: () => early });

describe('how an item ended, from the statement that ended it', () => {
  it('is first try when right at attempt 1 with no hint, after help when right later or after a hint, shown when not right', () => {
    expect(endingOf(right('l1'))).toBe('firstTry');
    expect(endingOf(right('l1', 2))).toBe('afterHelp');
    expect(endingOf(right('l1', 1, { hints: 1 }))).toBe('afterHelp');
    expect(endingOf(shown('l1', 'b', 3))).toBe('shown');
  });
});

describe('the class report', () => {
  it('counts each child once per question, from the first play that finished it', () => {
    const r = report([
      right('l1'),
      wrong('l2', 'b', 1),
      right('l2', 2),
      wrong('l3', 'b', 1),
      wrong('l3', 'c', 2),
      shown('l3', 'b', 3),
      // l3 plays again later and gets it at once: the first play is what counts.
      right('l3', 1, { registration: '00000000-0000-4000-8000-00000000ffff' }),
      // l4 left the question unfinished: not counted.
      wrong('l4', 'b', 1),
    ]);
    expect(r.activities).toHaveLength(1);
    const [a] = r.activities;
    expect(a).toMatchObject({ id: 'con-vat-keu', title: { vi: 'Con vật kêu', en: 'Animal sounds' }, early: false, classes: 1 });
    expect(a!.items).toEqual([
      {
        item: 1,
        prompt: { vi: 'Con nào kêu meo meo?', en: 'Which says meow?' },
        children: 3,
        firstTry: 1,
        afterHelp: 1,
        shown: 1,
        // chó: l2 once and l3 twice (counted once for l3); the picture answer by its file's name.
        wrong: [
          { answer: { vi: 'chó', en: 'dog' }, children: 2 },
          { answer: { vi: '🖼 con ga', en: '🖼 con ga' }, children: 1 },
        ],
      },
    ]);
  });

  it('leaves out the whole class on the projector, and never carries a learner id or a name', () => {
    const r = report([right('learner-secret-7'), wrong('learner-secret-8', 'b', 1), right('learner-secret-8', 2), right(WHOLE_CLASS_ID)]);
    expect(r.activities[0]!.items[0]!.children).toBe(2);
    const text = JSON.stringify(r);
    expect(text).not.toContain('learner-secret');
    expect(text).not.toContain(WHOLE_CLASS_ID);
    expect(Object.keys(r).sort()).toEqual(['activities', 'classId', 'format', 'generatedAt', 'version']);
  });

  it('marks a mầm non activity for the early-years words, and keeps questions apart by number', () => {
    const r = report([right('l1', 1, { item: 2 }), right('l1', 1, { item: 1 }), right('l2', 1, { activity: 'other' })], true);
    expect(r.activities.map((a) => a.id)).toEqual(['con-vat-keu', 'other']);
    expect(r.activities[0]!.early).toBe(true);
    expect(r.activities[0]!.items.map((i) => i.item)).toEqual([1, 2]);
  });
});

describe('which activities speak the early-years words', () => {
  it('those for mầm non only; a mixed or primary or unknown one is reported as primary', () => {
    expect(earlyYearsOnly(['mn-3-4', 'mn-5-6'])).toBe(true);
    expect(earlyYearsOnly(['mn-5-6', 'lop-1'])).toBe(false);
    expect(earlyYearsOnly(['lop-2'])).toBe(false);
    expect(earlyYearsOnly([])).toBe(false);
  });
});

describe('what a child chose or typed, as a person reads it', () => {
  const base = right('l1');
  const withDef = (interactionType: string, response: string, extra: object = {}): Statement => ({
    ...base,
    object: { ...base.object, definition: { ...base.object.definition, interactionType, ...extra } },
    result: { ...base.result, response },
  });
  it('names the options of a choice, the place of a thing moved, the order of a sequence, the typed number', () => {
    expect(answerLabel(withDef('choice', 'a[,]b'))).toEqual({ vi: 'mèo, chó', en: 'cat, dog' });
    const places = { source: [{ id: 'cat', description: { 'vi-VN': 'Mèo' } }], target: [{ id: 'fly', description: { 'vi-VN': 'Bay được', 'en-US': 'Flies' } }] };
    expect(answerLabel(withDef('matching', 'cat[.]fly', places))).toEqual({ vi: 'Bay được', en: 'Flies' });
    expect(answerLabel(withDef('matching', 'cat[.]fly[,]cat[.]x', places))).toEqual({ vi: 'Mèo → Bay được; Mèo → x', en: 'Mèo → Flies; Mèo → x' });
    const cards = { choices: [{ id: '0', description: { 'vi-VN': 'hạt' } }, { id: '1', description: { 'vi-VN': 'cây' } }] };
    expect(answerLabel(withDef('sequencing', '1[,]0', cards))).toEqual({ vi: 'cây → hạt', en: 'cây → hạt' });
    expect(answerLabel(withDef('numeric', '12'))).toEqual({ vi: '12', en: '12' });
  });
  it('has no wrong answer for a tracing or an empty response', () => {
    expect(answerLabel(withDef('performance', '1[.]ok'))).toBeUndefined();
    expect(answerLabel(withDef('choice', ''))).toBeUndefined();
  });
});
