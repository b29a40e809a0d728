import { entries, loaders } from 'virtual:lopvui/catalog';
import type { Lesson } from '../model/lesson/lesson-schema.ts';
import { type AppData, openAppData } from '../store/app-data.ts';
import { StageControls } from '../ui/stage-controls.ts';
import type { TwinLayer } from '../ui/twins.ts';
import type { EngineLoader } from './engine.ts';
import { LessonProgress } from './lesson-progress.ts';
import { packPort } from './library/pack-port.ts';
import { SharedLibrary } from './library/shared-library.ts';
import { showLesson } from './lesson-page.ts';
import type { MenuPage } from './menu.ts';
import type { OwnLibrary } from './own-library.ts';
import { packActions } from './packs/actions.ts';
import { Packs } from './packs/packs.ts';
import { Player } from './play.ts';
import { Recording } from './recording.ts';
import { startRouter } from './router.ts';
import { sessionFactory } from './sessions.ts';
import type { Settings } from './settings.ts';
import { wholeClassToggle } from './shortcuts.ts';
import { TeacherPage } from './teacher.ts';
import type { Views } from './views.ts';

/** The stores, open: what the menu asks for once they are. */
export interface Opened {
  data: AppData;
}

/** What main.ts made for the first screen, handed on. */
export interface FirstScreen {
  views: Views;
  settings: Settings;
  twins: TwinLayer;
  engine: EngineLoader;
  own: OwnLibrary;
  menu: MenuPage;
  openFiles(files: File[]): Promise<void>;
  allLessons(): Lesson[];
  /** Told once the stores are open. */
  opened(o: Opened): void;
}

/** The rest of the player, wired after the first screen: only wiring, each part lives in src/app/. */
export async function wire(f: FirstScreen): Promise<void> {
  const { views, settings, twins, engine, own, menu, allLessons } = f;
  const data = await openAppData();
  performance.mark('lopvui:data-open'); // what test/bench/trace-first-tap.ts reads
  const recording = new Recording(data);
  const newSession = sessionFactory(recording.record, (id) => packs.packOf(id));
  const progress = new LessonProgress(newSession, () => ({ learnerId: data.learners.current, lang: settings.lang }));
  f.opened({ data });
  const packs = new Packs(own, new Set(entries.flatMap((e) => (e.id ? [e.id] : []))));
  // An activity by id: the library's (loaded on demand) or the device's own.
  const loadActivity = async (id: string) => (await loaders[id]?.())?.default ?? own.activity(id);
  const teacher = new TeacherPage({
    views,
    settings,
    data,
    entries,
    own,
    recording,
    openFiles: (files) => void f.openFiles(files),
    library: new SharedLibrary(packPort(packs, settings)),
    lessons: allLessons,
    loadActivity,
    packs: packActions({ packs, own, entries, lessons: allLessons, loadActivity, lang: () => settings.lang }),
  });
  const controls: StageControls = new StageControls(views.stage, {
    t: () => settings.i18n.t,
    projector: () => settings.prefs.mode === 'projector',
    muted: () => settings.muted,
    restart: () => player.restart(),
    toggleMute: () => settings.setMuted(!settings.muted),
    toggleWholeClass: wholeClassToggle(data, settings),
    timeUp: () => void engine.ready.then(({ audio }) => audio.effect('finish')),
  });
  const player: Player = new Player({
    views,
    settings,
    data,
    engine,
    twins,
    controls,
    newSession,
    lessons: progress,
    load: (id) => loaders[id] ?? own.loader(id),
  });
  void packs.load(); // the device's own activities are read by main.ts, for the menu

  startRouter(allLessons, {
    play: (id, inLesson) => void player.play(id, inLesson),
    leavePlay: () => (engine.pause(), twins.clear(), controls.clear(), player.stop()),
    lesson: (id) => showLesson(id, { views, settings, lessons: allLessons(), entries: [...entries, ...own.entries()], progress }),
    any: (hash) => teacher.follow(hash),
    teacher: (tab) => void teacher.show(tab),
    menu: () => (menu.show(), engine.prefetch()),
  });
}
