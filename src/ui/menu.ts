import type { i18n } from 'i18next';
import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import { BANDS, SUBJECTS, bandsOf, type Band } from '../model/activity/terms.ts';
import { formatIssue } from '../model/activity/issues.ts';
import { LANGS, pick, type Lang } from '../model/activity/lang.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import type { Opened } from '../contracts/opened.ts';
import { h } from './dom.ts';
import { domIcon } from './icons.ts';
import { lessonTile } from './lesson-view.ts';

export interface MenuOptions {
  entries: CatalogEntry[];
  i18n: i18n;
  band: Band | 'all';
  onBand(band: Band | 'all'): void;
  onLang(lang: Lang): void;
  /** Who plays now, and how to change it. */
  learner: { src: string; name: string; alt: string };
  onWho(): void;
  onTeacher(): void;
  muted: boolean;
  onMute(): void;
  lessons: Lesson[];
  /** A lesson's tile was tapped: told before its link opens it. */
  onLesson(id: string): void;
  /** A new version is waiting: offered here, between activities, never during one. */
  update?: () => void;
  /** A file the teacher opened: its errors, or play it again, keep it, close it. */
  opened?: {
    opened: Opened;
    onPlay(): void;
    onKeep(): void;
    onClose(): void;
    /** Just opened: bring its error card into view and focus it. */
    focus?: boolean;
  };
}

/**
 * The library menu, plain DOM: tiles grouped by subject, filtered by band, a language switch,
 * and an error card for each broken file (the rest of the library still plays).
 *
 * A tile is a link to its activity's address, and every other control says what it does in
 * `data-action`, answered by one listener on the menu with the newest options: so the menu the
 * build writes into index.html (src/build/first-menu.ts, for a device on the defaults) is tappable
 * before any code has run, and the player keeps it when it shows the same menu (issue 17).
 */
export function renderMenu(root: HTMLElement, o: MenuOptions): void {
  const t = o.i18n.t;
  const lang = o.i18n.language as Lang;
  shown.set(root, o);
  listen(root);
  const key = sameMenuKey(o);
  // The same menu again (once the stores open, or the build's): only who plays changes, in place. A file
  // just opened is brought into view and focused: that needs the whole drawing below.
  if (root.dataset.menu === key && root.firstElementChild && !o.opened?.focus) {
    const who = root.querySelector<HTMLElement>('.who');
    if (who) showWho(who, o);
    return;
  }
  root.dataset.menu = key;
  const chip = (label: string, pressed: boolean, action: string, value: string, attrs: Record<string, string> = {}) =>
    h('button', { type: 'button', class: 'chip', 'aria-pressed': String(pressed), 'data-action': action, 'data-value': value, ...attrs }, label);

  const langs = h('fieldset', { class: 'chips' }, h('legend', { class: 'sr-only' }, t('menu.language')));
  for (const l of LANGS) langs.append(chip(l.toUpperCase(), l === lang, 'lang', l, { lang: l, 'aria-label': l === 'vi' ? 'Tiếng Việt' : 'English' }));

  const bands = h('fieldset', { class: 'chips' }, h('legend', {}, t('menu.bandFilter')));
  bands.append(chip(t('menu.allBands'), o.band === 'all', 'band', 'all'));
  // Asked once, not once a tile: a translation costs a slow tablet about a millisecond, and there are 40 tiles.
  const bandNames = new Map(BANDS.map((b) => [b, t(`bands.${b}`)] as const));
  for (const b of BANDS) bands.append(chip(bandNames.get(b) ?? b, o.band === b, 'band', b));

  const playable = o.entries.filter((e) => e.id !== undefined && (o.band === 'all' || e.bands.includes(o.band)));
  const sections = SUBJECTS.flatMap((subject) => {
    const list = playable.filter((e) => e.subject === subject);
    if (list.length === 0) return [];
    const tiles = h('ul', { class: 'tiles' });
    for (const e of list) tiles.append(h('li', {}, tile(e, lang, bandNames, t)));
    return [h('section', { class: 'subject', 'aria-labelledby': `subject-${subject}` }, h('h2', { id: `subject-${subject}` }, t(`subjects.${subject}`)), tiles)];
  });

  const lessons = o.lessons.filter((l) => o.band === 'all' || bandsOf(l).includes(o.band));
  if (lessons.length) {
    const tiles = h('ul', { class: 'tiles' });
    for (const l of lessons) tiles.append(h('li', {}, lessonTile(l, o.i18n)));
    sections.unshift(h('section', { class: 'subject', 'aria-labelledby': 'subject-lessons' }, h('h2', { id: 'subject-lessons' }, t('lesson.heading')), tiles));
  }

  const broken = o.entries.filter((e) => e.issues.some((i) => i.severity === 'error'));
  // Small and quiet: a child who taps it meets the grown-up gate, nothing more.
  const gate = h('button', { type: 'button', class: 'gate-button', 'aria-label': t('teacher.open'), 'data-action': 'teacher' }, 'GV');
  const mute = h(
    'button',
    { type: 'button', class: 'chip mute', 'aria-pressed': String(o.muted), 'aria-label': t('audio.mute'), title: t('audio.muteKey'), 'data-action': 'mute' },
    domIcon(o.muted ? 'muted' : 'sound', 32),
  );
  const updateBar = o.update
    ? h('p', { class: 'update', role: 'status' }, `${t('update.ready')} `, h('button', { type: 'button', class: 'button', 'data-action': 'update' }, t('update.apply')))
    : undefined;
  root.replaceChildren(
    ...(updateBar ? [updateBar] : []),
    ...(o.opened ? [openedCard(o.opened, o.i18n)] : []),
    h(
      'header',
      { class: 'menu-bar' },
      h('div', {}, h('h1', { id: 'app-title' }, t('app.name')), h('p', { class: 'tagline' }, t('app.tagline'))),
      h('div', { class: 'menu-tools' }, whoButton(o), mute, langs, gate),
    ),
    bands,
    ...(sections.length ? sections : [h('p', { class: 'empty' }, t('menu.empty'))]),
    ...(broken.length ? [brokenCard(broken, o.i18n)] : []),
  );
  const card = root.querySelector<HTMLElement>('.broken.opened-file');
  if (o.opened?.focus && card) {
    // The page may be scrolled from the teacher's area: the card comes to the top, and a screen reader reads it.
    card.scrollIntoView({ block: 'start' });
    card.focus({ preventScroll: true });
  }
}

const shown = new WeakMap<HTMLElement, MenuOptions>();
const listening = new WeakSet<HTMLElement>();

/** One listener for the menu's controls, asking the options it was last drawn with (see renderMenu). */
function listen(root: HTMLElement): void {
  if (listening.has(root)) return;
  listening.add(root);
  root.addEventListener('click', (e) => {
    const el = (e.target as Element).closest<HTMLElement>('[data-action]');
    const o = shown.get(root);
    if (!el || !o || !root.contains(el)) return;
    const value = el.dataset.value ?? '';
    const act: Record<string, () => void> = {
      lang: () => o.onLang(value as Lang),
      band: () => o.onBand(value as Band | 'all'),
      who: () => o.onWho(),
      teacher: () => o.onTeacher(),
      mute: () => o.onMute(),
      update: () => o.update?.(),
      lesson: () => o.onLesson(value), // its link then opens it
    };
    act[el.dataset.action ?? '']?.();
  });
  // A tile is a link: Space presses it as it presses a button (a clicker or keyboard may send either).
  root.addEventListener('keydown', (e) => {
    const el = e.target as HTMLElement;
    if (e.key === ' ' && el.matches('a.tile')) {
      e.preventDefault();
      el.click();
    }
  });
}

/** What the menu draws but who plays: the same key, the same tiles (see renderMenu). */
export function sameMenuKey(o: Pick<MenuOptions, 'i18n' | 'band' | 'muted' | 'update' | 'opened' | 'entries' | 'lessons'>): string {
  const opened = o.opened && [o.opened.opened.file, o.opened.opened.kept, o.opened.opened.problems.length, o.opened.focus];
  return JSON.stringify([o.i18n.language, o.band, o.muted, !!o.update, opened, o.entries.map((e) => [e.id ?? e.file, e.issues.length]), o.lessons.map((l) => l.id)]);
}

/**
 * Who plays, on the button already there: changed in place, never replaced, as the menu shown again
 * (the player starting at a first touch, the stores opening) may come between a finger's down and up,
 * and a tap whose button went away in between is lost (the picker did not open: gallery's test).
 */
function showWho(b: HTMLElement, o: MenuOptions): void {
  const label = o.i18n.t('learners.who', { name: o.learner.name });
  if (b.getAttribute('aria-label') !== label) b.setAttribute('aria-label', label);
  const img = b.querySelector('img');
  if (img && img.getAttribute('src') !== o.learner.src) img.setAttribute('src', o.learner.src);
  const name = b.querySelector('span');
  if (name && name.textContent !== o.learner.name) name.textContent = o.learner.name;
}

function whoButton(o: MenuOptions): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'who', 'data-action': 'who', 'aria-label': o.i18n.t('learners.who', { name: o.learner.name }) },
    h('img', { src: o.learner.src, alt: '' }),
    h('span', {}, o.learner.name),
  );
}

function tile(e: CatalogEntry, lang: Lang, bandNames: ReadonlyMap<Band, string>, t: i18n['t']): HTMLElement {
  const title = e.title ? pick(e.title, lang) : e.file;
  return h(
    'a',
    { class: 'tile', href: `#/play/${encodeURIComponent(e.id ?? '')}`, 'data-activity': e.id },
    // Most tiles are below the fold: their pictures come as they scroll in, never in the way of the first screen.
    e.icon ? h('img', { src: e.icon, alt: '', loading: 'lazy', decoding: 'async' }) : undefined,
    h('span', { class: 'title' }, title),
    h('span', { class: 'band' }, e.bands.map((x) => bandNames.get(x) ?? x).join(', ')),
    // A copy on this device is told apart from the library's: the mark, and whose file it is.
    'own' in e ? h('span', { class: 'own' }, t('own.badge'), 'from' in e && typeof e.from === 'string' ? h('span', { class: 'from' }, ` · ${e.from}`) : undefined) : undefined,
  );
}

/** The file a teacher opened: the same lines as `npm run validate` when broken; else play, keep, close. */
function openedCard(c: NonNullable<MenuOptions['opened']>, i18n: i18n): HTMLElement {
  const t = i18n.t;
  const button = (label: string, onClick: () => void, quiet = false) => {
    const b = h('button', { type: 'button', class: quiet ? 'button quiet' : 'button' }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const close = button(t('own.close'), c.onClose, true);
  const a = c.opened.activity ?? c.opened.lesson;
  if (!a || c.opened.problems.length) {
    const problems = c.opened.problems.length ? c.opened.problems : [{ file: c.opened.file, issues: c.opened.issues }];
    const card = brokenCard(
      problems.map((p) => ({ ...p, bands: [] })),
      i18n,
      'own.fixAndOpen',
    );
    card.classList.add('opened-file');
    card.tabIndex = -1;
    card.append(h('div', { class: 'actions' }, close));
    return card;
  }
  const title = pick(a.title, i18n.language as Lang);
  const keep = c.opened.kept ? h('span', { class: 'kept' }, t('own.kept')) : button(t('own.keepWithPin'), c.onKeep);
  return h(
    'section',
    { class: 'opened', role: 'status', 'aria-labelledby': 'opened-heading' },
    h('h2', { id: 'opened-heading' }, t('own.previewing', { title })),
    h('div', { class: 'actions' }, button(t('own.play'), c.onPlay), keep, close),
  );
}

/** The card a teacher sees for broken files: the same lines `npm run validate` prints. */
export function brokenCard(entries: CatalogEntry[], i18n: i18n, hint = 'menu.brokenHint'): HTMLElement {
  const t = i18n.t;
  const card = h('section', { class: 'broken', role: 'alert', 'aria-labelledby': 'broken-heading' }, h('h2', { id: 'broken-heading' }, t('menu.brokenHeading')));
  for (const e of entries) {
    card.append(h('h3', {}, e.file), h('pre', {}, e.issues.map((i) => formatIssue(i, t)).join('\n')));
  }
  card.append(h('p', {}, t(hint)));
  return card;
}
