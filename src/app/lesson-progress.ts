import type { Lang } from '../model/activity/lang.ts';
import { v4 as uuid } from 'uuid';
import { isLessonFinished, lessonSummary, resumeLesson, startLesson, stepDone, type LessonRun } from '../model/lesson/lesson.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { loadLessonRun, saveLessonRun } from '../store/settings.ts';
import type { NewSession } from './sessions.ts';

/**
 * A lesson played to its end starts afresh when opened again from the menu. Kept on the device, not in
 * the stores: the menu answers it from its first moment, before they open.
 */
export function restartIfFinished(lesson: Lesson): void {
  const run = resumeLesson(loadLessonRun(), lesson);
  if (run && isLessonFinished(lesson, run)) saveLessonRun(startLesson(lesson, uuid()));
}

/** A lesson's progress on this device: which steps are done, and the lesson's own completion. */
export class LessonProgress {
  constructor(
    private readonly newSession: NewSession,
    private readonly who: () => { learnerId: string; lang: Lang },
  ) {}

  /** This lesson's run on this device: the saved one, or a new one. */
  run(lesson: Lesson): LessonRun {
    return resumeLesson(loadLessonRun(), lesson) ?? startLesson(lesson, uuid());
  }

  /** The run as the lesson's page shows it (saved, so a reload finds it). */
  open(lesson: Lesson): LessonRun {
    const run = this.run(lesson);
    saveLessonRun(run);
    return run;
  }

  /** A step reached its end screen: the run moves on; after the last, the lesson's own completion. */
  stepCompleted(lesson: Lesson, step: number): void {
    const before = this.run(lesson);
    const run = stepDone(lesson, before, step);
    saveLessonRun(run);
    if (!isLessonFinished(lesson, run) || isLessonFinished(lesson, before)) return;
    const { learnerId, lang } = this.who();
    const session = this.newSession({
      learnerId,
      registration: run.registration,
      subject: { id: `lesson:${lesson.id}`, version: lesson.version, title: lesson.title, competencies: [] },
      lang,
    });
    session.completed(lessonSummary(lesson, run));
  }
}
