import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import { pick } from '../model/activity/lang.ts';
import type { AppData } from '../store/app-data.ts';
import type { LrsConfig } from '../store/lrs-config.ts';
import type { TeacherContext } from '../ui/teacher/context.ts';
import type { Tab } from '../ui/teacher/tabs.ts';
import type { OwnLibrary } from './own-library.ts';
import type { Recording } from './recording.ts';
import type { Settings } from './settings.ts';
import type { Views } from './views.ts';

export interface TeacherDeps {
  views: Views;
  settings: Settings;
  data: AppData;
  entries: CatalogEntry[];
  own: OwnLibrary;
  recording: Recording;
  loadActivity: TeacherContext['loadActivity'];
  openFiles(files: File[]): void;
}

/** The teacher's area: behind its gate, re-locked whenever it is left; its own chunk (children's tablets rarely need it). */
export class TeacherPage {
  /** The area stays open until locked or until the page is left. */
  private unlocked = false;

  constructor(private readonly d: TeacherDeps) {}

  lock(): void {
    this.unlocked = false;
  }

  async show(tab: Tab): Promise<void> {
    const { views, settings } = this.d;
    views.show('teacher', settings.lang);
    const { renderGate, renderTeacherArea } = await import('../ui/teacher/area.ts');
    const lock = () => {
      this.unlocked = false;
      location.hash = '#/';
    };
    if (!this.unlocked) {
      return renderGate(views.teacher, {
        i18n: settings.i18n,
        teacher: this.d.data.teacher,
        rng: Math.random,
        onUnlock: () => ((this.unlocked = true), void this.show(tab)),
        onCancel: lock,
      });
    }
    renderTeacherArea(views.teacher, this.context(tab), tab, (next) => (location.hash = `#/teacher/${next}`), lock);
  }

  /** What every panel reads and may change. */
  private context(tab: Tab): TeacherContext {
    const { settings, data, own, recording } = this.d;
    const again = () => void this.show(tab);
    return {
      i18n: settings.i18n,
      lang: settings.lang,
      data,
      entries: this.d.entries,
      loadActivity: this.d.loadActivity,
      refresh: again,
      prefs: settings.prefs,
      setPrefs: (p) => (settings.setPrefs(p), again()),
      muted: () => settings.muted,
      setMuted: (m) => (settings.setMuted(m), again()),
      sync: {
        status: () => recording.sync.current,
        now: () => recording.sync.run(),
        test: async (c: LrsConfig) => (await import('../sync/lrs-client.ts')).testConnection(c),
        rejected: () => data.outbox.rejected(),
      },
      own: {
        kept: () => own.kept().flatMap((o) => (o.activity ? [{ id: o.activity.id, title: pick(o.activity.title, settings.lang) }] : [])),
        open: (files) => this.d.openFiles(files),
        remove: (id) => own.remove(id),
      },
    };
  }
}
