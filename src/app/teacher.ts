import type { SharedLibraryAccess } from '../contracts/shared-library.ts';
import type { CatalogEntry } from '../model/activity/catalog-entry.ts';
import { pick } from '../model/activity/lang.ts';
import type { AppData } from '../store/app-data.ts';
import type { LrsConfig } from '../store/lrs-config.ts';
import { isTeacherRoute } from '../model/teacher/gate-rules.ts';
import type { TeacherContext } from '../ui/teacher/context.ts';
import type { Unlocked } from '../ui/teacher/gate.ts';
import { TeacherSession } from '../ui/teacher/gate-policy.ts';
import type { Tab } from '../ui/teacher/tabs.ts';
import type { PackActions } from '../contracts/packs.ts';
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
  lessons: TeacherContext['lessons'];
  openFiles(files: File[]): void;
  packs?: PackActions;
  library: SharedLibraryAccess;
}

/**
 * The teacher's area: behind its gate, re-locked whenever it is left by any route (the router
 * passes every address to `follow`), when idle and when the page is hidden; its own chunk
 * (children's tablets rarely need it).
 */
export class TeacherPage {
  private readonly session: TeacherSession;
  /** A reset of the PIN since the last opening with it: told to whoever opens with the PIN next. */
  private resetToTell: number | undefined;
  private tab: Tab = 'dashboard';

  constructor(private readonly d: TeacherDeps) {
    this.session = new TeacherSession(() => Number(d.settings.prefs.idleLock) * 60_000, () => this.here() && void this.show(this.tab));
    // Another tab recorded or imported: the tables here follow at once (not while the teacher types in a field).
    d.data.evidence.onOtherTab = () => {
      const typing = document.activeElement?.closest('#teacher input, #teacher textarea, #teacher select');
      if (this.here() && this.session.unlocked && !typing) void d.data.learners.reload().then(() => this.show(this.tab));
    };
  }

  /** The address shown now: outside the area, it locks. */
  follow(hash: string): void {
    this.session.follow(hash);
  }

  lock(): void {
    this.session.lock();
  }

  private here(): boolean {
    return !this.d.views.teacher.hidden && isTeacherRoute(location.hash);
  }

  private unlocked(via: Unlocked): void {
    this.resetToTell = via === 'pin' ? this.d.data.teacher.resetAt : undefined;
    if (this.resetToTell) void this.d.data.teacher.setResetAt(undefined);
    this.session.unlock();
  }

  async show(tab: Tab): Promise<void> {
    // A panel's late refresh (a sync that ends after the teacher went to an activity) must not take the
    // screen back: the area is drawn only while the address is still the teacher's.
    if (!isTeacherRoute(location.hash)) return;
    const { views, settings } = this.d;
    this.tab = tab;
    views.show('teacher', settings.lang);
    const { renderGate, renderTeacherArea } = await import('../ui/teacher/area.ts');
    if (!isTeacherRoute(location.hash)) return;
    const lock = () => {
      this.session.lock();
      location.hash = '#/';
    };
    if (!this.session.unlocked) {
      return renderGate(views.teacher, {
        i18n: settings.i18n,
        teacher: this.d.data.teacher,
        now: () => Date.now(),
        onUnlock: (via) => (this.unlocked(via), void this.show(tab)),
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
      lessons: this.d.lessons,
      refresh: again,
      ...(this.resetToTell && { pinResetAt: this.resetToTell }),
      ...(this.d.packs && { packs: this.d.packs }),
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
        kept: () =>
          own.kept().flatMap(({ id, opened: o }) => {
            const title = o.activity?.title ?? o.lesson?.title;
            return title ? [{ id, title: pick(title, settings.lang) }] : [];
          }),
        open: (files) => this.d.openFiles(files),
        preview: () => own.preview?.activity && { title: pick(own.preview.activity.title, settings.lang), kept: own.preview.kept },
        keep: () => own.keep(),
        remove: (id) => own.remove(id),
      },
      library: this.d.library,
    };
  }
}
