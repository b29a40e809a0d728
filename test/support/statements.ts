import { answerStatement, type PlayContext } from '../../src/model/evidence/statement.ts';
import type { Statement } from '../../src/model/evidence/xapi.ts';

let n = 0;
/** A fresh UUID-shaped id for test statements. */
export const testId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** An "answered" statement as the player writes it, for one item's final (or not) answer. */
export function answered(o: { learner: string; activity?: string; item?: number; codes?: string[]; success: boolean; attempt?: number; completed?: boolean; at?: number }): Statement {
  const ctx: PlayContext = {
    homePage: 'http://localhost/',
    learnerId: o.learner,
    registration: '3f2b8a43-0b5e-4f0b-9d8f-3a4b5c6d7e8f',
    activity: { id: o.activity ?? 'dem-so', version: 1, title: 'Đếm', competencies: o.codes ?? ['nl.tinh-toan'] },
    lang: 'vi',
  };
  return answerStatement(
    ctx,
    {
      itemIndex: (o.item ?? 1) - 1,
      interactionType: 'choice',
      prompt: 'p',
      response: 'a',
      success: o.success,
      attempt: o.attempt ?? 1,
      hints: 0,
      competencies: o.codes ?? ['nl.tinh-toan'],
      completed: o.completed ?? true,
    },
    { id: testId(), timestamp: o.at ?? Date.UTC(2026, 10, 24), durationMs: 1000 },
  );
}
