import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { TABS, type Tab } from '../ui/teacher/tabs.ts';
import type { InLesson } from './play.ts';

/** What each address shows. */
export interface Routes {
  /** Every address passes here first: the teacher's area locks when it is left, by any route. */
  any(hash: string): void;
  play(id: string, inLesson?: InLesson): void;
  /** Leaving play for any other page: no voice, no game loop, no canvas twins. */
  leavePlay(): void;
  lesson(id: string): void;
  teacher(tab: Tab): void;
  menu(): void;
}

const LESSON_PAGE = /^#\/lesson\/([^/]+)/;
const TEACHER = /^#\/teacher(?:\/(\w+))?$/;

/**
 * The addresses: #/play/<id>, #/lesson/<id>/<step>, #/lesson/<id>, #/teacher/<tab>, and the
 * menu for anything else. The page follows the address, so back and reload work.
 */
export function startRouter(lessons: () => readonly Lesson[], routes: Routes): void {
  const route = (): void => {
    const hash = location.hash;
    routes.any(hash);
    const activity = activityAt(hash, lessons());
    if (activity) return routes.play(activity.id, activity.inLesson);
    routes.leavePlay();
    const lessonPage = LESSON_PAGE.exec(hash);
    if (lessonPage?.[1]) return routes.lesson(decodeURIComponent(lessonPage[1]));
    const teacher = TEACHER.exec(hash);
    if (teacher) return routes.teacher((TABS as readonly string[]).includes(teacher[1] ?? '') ? (teacher[1] as Tab) : 'dashboard');
    routes.menu();
  };
  addEventListener('hashchange', route);
  route();
}

/** Whether an address shows the menu (what startRouter shows for anything it does not know). */
export function isMenuAddress(hash: string, lessons: readonly Lesson[]): boolean {
  return !activityAt(hash, lessons) && !LESSON_PAGE.test(hash) && !TEACHER.test(hash);
}

/** The activity an address plays, if it plays one: #/play/<id>, or a lesson's step #/lesson/<id>/<step>. */
export function activityAt(hash: string, lessons: readonly Lesson[]): { id: string; inLesson?: InLesson } | undefined {
  const playing = /^#\/play\/(.+)$/.exec(hash);
  if (playing?.[1]) return { id: decodeURIComponent(playing[1]) };
  const lessonStep = /^#\/lesson\/([^/]+)\/(\d+)$/.exec(hash);
  const lesson = lessonStep && lessons.find((l) => l.id === decodeURIComponent(lessonStep[1] ?? ''));
  const step = lesson?.steps[Number(lessonStep?.[2]) - 1];
  if (lesson && step) return { id: step.activity, inLesson: { lesson, step: Number(lessonStep[2]) - 1 } };
  return undefined;
}
