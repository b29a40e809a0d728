import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../../../src/model/evidence/answer-read.ts';
import { answerStatement, type PlayContext } from '../../../../src/model/evidence/statement.ts';

const ctx: PlayContext = {
  homePage: 'http://localhost:4173/',
  learnerId: 'learner-7',
  registration: '3f2b8a43-0b5e-4f0b-9d8f-3a4b5c6d7e8f',
  activity: { id: 'con-vat', version: 1, title: { vi: 'Con vật', en: 'Animals' }, competencies: ['mn.nhan-thuc'] },
  lang: 'vi',
};

const statement = answerStatement(
  ctx,
  {
    itemIndex: 2,
    interactionType: 'choice',
    prompt: { vi: 'Con nào kêu meo meo?', en: 'Which says meow?' },
    choices: [
      { id: 'a', description: { vi: 'mèo', en: 'cat' } },
      { id: 'b', description: { vi: 'chó', en: 'dog' } },
    ],
    correctResponsesPattern: ['a'],
    response: 'b[,]a',
    success: false,
    attempt: 2,
    hints: 0,
    competencies: ['mn.nhan-thuc'],
    completed: false,
  },
  { id: '00000000-0000-4000-8000-000000000001', timestamp: Date.UTC(2026, 2, 1), durationMs: 1200 },
);

describe('reading an answer statement back for the teacher', () => {
  it('names the activity, the item number, the question and the options chosen, in the language asked', () => {
    expect(readAnswer(statement, 'vi')).toMatchObject({ activityId: 'con-vat', item: 3, prompt: 'Con nào kêu meo meo?', answer: 'chó, mèo', success: false, attempt: 2 });
    expect(readAnswer(statement, 'en')).toMatchObject({ prompt: 'Which says meow?', answer: 'dog, cat' });
  });

  it('falls back to any language the statement has, and to the raw response without choices', () => {
    const viOnly = { ...statement, object: { ...statement.object, definition: { ...statement.object.definition, name: { 'vi-VN': 'Đếm' }, choices: [] } } };
    expect(readAnswer(viOnly, 'en')).toMatchObject({ prompt: 'Đếm', answer: 'b, a' });
  });
});
