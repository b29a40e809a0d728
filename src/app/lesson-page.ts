import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import { markFallbacks } from '../model/activity/fallbacks.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { renderLesson } from '../ui/lesson-view.ts';
import type { LessonProgress } from './lesson-progress.ts';
import type { Settings } from './settings.ts';
import type { Views } from './views.ts';

/** A lesson's page: its steps, the ones done, the next to play. */
export function showLesson(id: string, d: { views: Views; settings: Settings; lessons: Lesson[]; entries: CatalogEntry[]; progress: LessonProgress }): void {
  const { views, settings } = d;
  const { i18n, lang } = settings;
  views.show('lesson', lang);
  const lesson = d.lessons.find((l) => l.id === id);
  if (!lesson) return void views.lesson.replaceChildren(Object.assign(document.createElement('p'), { textContent: i18n.t('lesson.missing') }));
  renderLesson(views.lesson, {
    lesson: import.meta.env.DEV ? markFallbacks(lesson, lang) : lesson,
    run: d.progress.open(lesson),
    entries: d.entries,
    i18n,
    onPlay: (step) => (location.hash = `#/lesson/${encodeURIComponent(id)}/${step + 1}`),
    onMenu: () => (location.hash = '#/'),
  });
}
