import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import { markFallbacks } from '../model/activity/fallbacks.ts';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { WHOLE_CLASS_ID } from '../model/learners/learner.ts';
import type { AppData } from '../store/app-data.ts';
import { learnerFace, openLearnerPicker } from '../ui/learner-picker.ts';
import { renderMenu } from '../ui/menu.ts';
import { takePress } from './early-input.ts';
import { playOpened } from './file-import.ts';
import { restartIfFinished } from './lesson-progress.ts';
import type { OwnLibrary } from './own-library.ts';
import type { Settings } from './settings.ts';
import type { Updates } from './updates.ts';
import type { Views } from './views.ts';

export interface MenuDeps {
  views: Views;
  settings: Settings;
  /** The stores, once open: the menu is drawn before, with the whole class as who plays. */
  data(): AppData | undefined;
  /** The stores once open: who plays tapped before is answered then. */
  whenOpen(): Promise<AppData>;
  own: OwnLibrary;
  entries: CatalogEntry[];
  /** The library's lessons and the teacher's own (kept or opened). */
  lessons: () => Lesson[];
  updates: Updates;
}

const go = (hash: string) => (location.hash = hash);

/** The library menu: who plays, the tiles, the lessons, settings a child may change, a file opened, an update waiting. */
export class MenuPage {
  /** A file just opened has problems: its card is brought into view and focused when the menu shows. */
  private focusOpened = false;

  constructor(private readonly d: MenuDeps) {}

  /** After a broken file was opened: the next menu shown (now, if it is the page) focuses its card. */
  showOpenedProblems(): void {
    this.focusOpened = true;
    if (location.hash === '#/' || location.hash === '') this.show();
  }

  /** Drawn again if it is the page shown (a setting, an update or a kept file changed it). */
  refresh(): void {
    if (this.d.views.menuShown) this.show();
  }

  /** A child picks themself: the menu starts on the child's band (age group or grade). */
  private pick(id: string): void {
    const { settings } = this.d;
    const data = this.d.data();
    if (!data) return;
    data.learners.current = id;
    const stage = data.learners.get(id)?.stage;
    if (stage) settings.setBand(stage);
    this.show();
  }

  show(): void {
    const { views, settings, own } = this.d;
    const { i18n, lang } = settings;
    views.show('menu', lang);
    // The build's menu is now the player's: shown even where src/build/first-screen.js hid it (before it
    // is drawn: a card focused in a hidden menu would not take the focus).
    delete views.menu.dataset.prerendered;
    const data = this.d.data();
    const who = data?.learners.current ?? WHOLE_CLASS_ID;
    const entries = [...this.d.entries, ...own.entries()];
    renderMenu(views.menu, {
      entries: import.meta.env.DEV ? markFallbacks(entries, lang) : entries,
      lessons: import.meta.env.DEV ? markFallbacks(this.d.lessons(), lang) : this.d.lessons(),
      i18n,
      band: settings.band,
      learner: learnerFace(data?.learners.get(who), i18n),
      onWho: () =>
        void this.d.whenOpen().then((open) => {
          if (views.menuShown) openLearnerPicker({ learners: open.learners.list(), current: open.learners.current, i18n: settings.i18n, onPick: (id) => this.pick(id) });
        }),
      onTeacher: () => go('#/teacher'),
      muted: settings.muted,
      onMute: () => (settings.setMuted(!settings.muted), this.show()),
      onBand: (b) => (settings.setBand(b), this.show()),
      onLang: (l) => (settings.setLang(l), this.show()),
      // Its tile's link then opens it; a lesson played to its end starts afresh (from the first moment: see
      // restartIfFinished, and takeLessonTaps for a tap before the player had loaded).
      onLesson: (id) => {
        const lesson = this.d.lessons().find((l) => l.id === id);
        if (lesson) restartIfFinished(lesson);
      },
      ...(this.d.updates.pending && { update: this.d.updates.pending }),
      ...(own.preview && {
        opened: {
          opened: own.preview,
          onPlay: () => own.preview && playOpened(own.preview),
          // Keeping needs the grown-up gate: the teacher's settings offer it once unlocked.
          onKeep: () => go('#/teacher/settings'),
          onClose: () => (own.close(), this.show()),
          focus: this.focusOpened,
        },
      }),
    });
    this.focusOpened = false;
    const early = takePress();
    if (early) views.menu.querySelector<HTMLElement>(early)?.click();
    if (!performance.getEntriesByName('lopvui:menu-drawn').length) performance.mark('lopvui:menu-drawn'); // test/bench/trace-first-tap.ts --menu
  }
}
