import { describe, expect, it } from 'vitest';
import { goToStep, isLessonFinished, lessonSummary, resumeLesson, startLesson, stepDone } from '../../../src/model/lesson/lesson.ts';
import { lessonSchema } from '../../../src/model/lesson/lesson-schema.ts';

const lesson = lessonSchema.parse({
  id: 'tiet-1',
  title: 'Tiết 1',
  band: 'lop-1',
  steps: [{ activity: 'a', note: 'Chào cả lớp' }, { activity: 'b' }, { activity: 'c' }],
});

describe('a lesson run', () => {
  it('moves on as each step ends, and is finished after the last', () => {
    let run = startLesson(lesson, 'r1');
    expect(run).toMatchObject({ step: 0, done: [] });
    run = stepDone(lesson, run, 0);
    run = stepDone(lesson, run, 1);
    expect(isLessonFinished(lesson, run)).toBe(false);
    run = stepDone(lesson, run, 2);
    expect(isLessonFinished(lesson, run)).toBe(true);
    expect(lessonSummary(lesson, run)).toEqual({ raw: 3, max: 3, stars: 3 });
  });

  it('lets the teacher start any step; a step played twice counts once', () => {
    let run = goToStep(lesson, startLesson(lesson, 'r1'), 2);
    run = stepDone(lesson, run, 2);
    run = stepDone(lesson, goToStep(lesson, run, 2), 2);
    expect(run.done).toEqual([2]);
    expect(isLessonFinished(lesson, run)).toBe(true);
    expect(lessonSummary(lesson, run)).toMatchObject({ raw: 1, max: 3, stars: 1 });
    expect(goToStep(lesson, run, 99).step).toBe(2);
  });

  it('resumes a saved run of this lesson only', () => {
    const run = stepDone(lesson, startLesson(lesson, 'r1'), 0);
    expect(resumeLesson(JSON.parse(JSON.stringify(run)), lesson)).toEqual(run);
    expect(resumeLesson({ ...run, lessonId: 'other' }, lesson)).toBeUndefined();
    expect(resumeLesson({ ...run, done: [5] }, lesson)).toBeUndefined();
    expect(resumeLesson(undefined, lesson)).toBeUndefined();
  });

  it('refuses a lesson without steps and a step with a malformed id', () => {
    expect(lessonSchema.safeParse({ ...lesson, steps: [] }).success).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, steps: [{ activity: 'Bad Id' }] }).success).toBe(false);
  });
});
