import { starsFor } from '../kinds/score.ts';
import type { Lesson } from './lesson-schema.ts';

/**
 * One run of a lesson through a class period: which step is next and which were played to
 * the end. Plain data (kept across reloads); the rules return new runs.
 */
export interface LessonRun {
  readonly lessonId: string;
  readonly step: number;
  /** Steps whose activity was played to its end screen. */
  readonly done: readonly number[];
  /** The xAPI registration of the whole run (each activity has its own as well). */
  readonly registration: string;
}

export const startLesson = (lesson: Lesson, registration: string): LessonRun => ({ lessonId: lesson.id, step: 0, done: [], registration });

/** The step's activity reached its end: the run moves on to the step after it. */
export function stepDone(lesson: Lesson, run: LessonRun, step: number): LessonRun {
  const done = run.done.includes(step) ? run.done : [...run.done, step].sort((a, b) => a - b);
  return { ...run, done, step: Math.min(step + 1, lesson.steps.length) };
}

/** The teacher may start any step (a lesson is a plan, not a cage). */
export const goToStep = (lesson: Lesson, run: LessonRun, step: number): LessonRun => ({ ...run, step: Math.max(0, Math.min(step, lesson.steps.length - 1)) });

export const isLessonFinished = (lesson: Lesson, run: LessonRun) => run.step >= lesson.steps.length;

/** The lesson's completion: one point per step played to its end. */
export function lessonSummary(lesson: Lesson, run: LessonRun): { raw: number; max: number; stars: 1 | 2 | 3 } {
  const max = lesson.steps.length;
  const raw = run.done.length;
  return { raw, max, stars: starsFor(max ? raw / max : 0) };
}

/** A run read back after a reload; anything not matching this lesson starts afresh. */
export function resumeLesson(saved: unknown, lesson: Lesson): LessonRun | undefined {
  const r = saved as LessonRun | undefined;
  const n = lesson.steps.length;
  const ok =
    !!r && r.lessonId === lesson.id && Number.isInteger(r.step) && r.step >= 0 && r.step <= n &&
    Array.isArray(r.done) && r.done.every((d) => Number.isInteger(d) && d >= 0 && d < n) && typeof r.registration === 'string';
  return ok ? r : undefined;
}
