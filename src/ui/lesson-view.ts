import type { i18n } from 'i18next';
import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import { pick, type Lang } from '../model/activity/lang.ts';
import { isLessonFinished, type LessonRun } from '../model/lesson/lesson.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { h } from './dom.ts';
import { domIcon } from './icons.ts';

export interface LessonViewOptions {
  lesson: Lesson;
  run: LessonRun;
  entries: CatalogEntry[];
  i18n: i18n;
  onPlay(step: number): void;
  onMenu(): void;
}

/**
 * A lesson between its steps, for the teacher: every step with its note, the ones done
 * ticked, and one big button for the next (focused, so Enter or a clicker's PageDown starts it).
 */
export function renderLesson(root: HTMLElement, o: LessonViewOptions): void {
  const t = o.i18n.t;
  const lang = o.i18n.language as Lang;
  const total = o.lesson.steps.length;
  const titleOf = (id: string) => {
    const e = o.entries.find((x) => x.id === id);
    return e?.title ? pick(e.title, lang) : id;
  };
  const list = h('ol', { class: 'lesson-steps' });
  o.lesson.steps.forEach((step, i) => {
    const done = o.run.done.includes(i);
    const play = h(
      'button',
      { type: 'button', class: 'step', 'aria-current': i === o.run.step ? 'step' : undefined },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, done ? '✓' : String(i + 1)),
      h('span', {}, t('lesson.step', { n: i + 1, total, title: titleOf(step.activity) })),
    );
    if (done) play.setAttribute('aria-description', t('lesson.done'));
    play.addEventListener('click', () => o.onPlay(i));
    list.append(h('li', {}, play, step.note ? h('p', { class: 'note' }, h('strong', {}, `${t('lesson.note')}: `), pick(step.note, lang)) : undefined));
  });
  const finished = isLessonFinished(o.lesson, o.run);
  const main = finished
    ? h('button', { type: 'button', class: 'button big' }, t('lesson.back'))
    : h('button', { type: 'button', class: 'button big' }, o.run.done.length ? t('lesson.next') : t('lesson.start'));
  main.addEventListener('click', () => (finished ? o.onMenu() : o.onPlay(o.run.step)));
  const back = h('button', { type: 'button', class: 'button quiet' }, t('lesson.back'));
  back.addEventListener('click', o.onMenu);
  root.replaceChildren(
    h('header', { class: 'lesson-bar' }, h('h1', {}, pick(o.lesson.title, lang)), back),
    o.lesson.description ? h('p', { class: 'lesson-about' }, pick(o.lesson.description, lang)) : '',
    finished ? h('p', { class: 'lesson-finished', role: 'status' }, `★ ${t('lesson.finished')}`) : '',
    main,
    list,
  );
  main.focus();
}

/** The menu's tile for a lesson: a link to its page (the menu is told first, see renderMenu). */
export function lessonTile(lesson: Lesson, i18n: i18n): HTMLElement {
  const lang = i18n.language as Lang;
  return h(
    'a',
    { class: 'tile lesson', href: `#/lesson/${encodeURIComponent(lesson.id)}`, 'data-lesson': lesson.id, 'data-action': 'lesson', 'data-value': lesson.id },
    lesson.icon ? h('img', { src: lesson.icon, alt: '', loading: 'lazy', decoding: 'async' }) : h('span', { class: 'lesson-icon' }, domIcon('lesson', 96)),
    h('span', { class: 'title' }, pick(lesson.title, lang)),
    h('span', { class: 'band' }, i18n.t('lesson.steps', { count: lesson.steps.length })),
  );
}
