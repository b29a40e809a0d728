import './ui/fonts.css';
import './ui/app.css';
import { entries, lessons, loaders, publicMedia } from 'virtual:lopvui/catalog';
import { EngineLoader } from './app/engine.ts';
import { fileImport } from './app/file-import.ts';
import { LessonProgress } from './app/lesson-progress.ts';
import { packPort } from './app/library/pack-port.ts';
import { SharedLibrary } from './app/library/shared-library.ts';
import { showLesson } from './app/lesson-page.ts';
import { MenuPage } from './app/menu.ts';
import { OwnLibrary } from './app/own-library.ts';
import { packActions } from './app/packs/actions.ts';
import { Packs } from './app/packs/packs.ts';
import { Player } from './app/play.ts';
import { Recording } from './app/recording.ts';
import { activityAt, isMenuAddress, startRouter } from './app/router.ts';
import { sessionFactory } from './app/sessions.ts';
import { Settings } from './app/settings.ts';
import { installShortcuts, wholeClassToggle } from './app/shortcuts.ts';
import { TeacherPage } from './app/teacher.ts';
import { Updates } from './app/updates.ts';
import { Views } from './app/views.ts';
import { type AppData, openAppData } from './store/app-data.ts';
import { StageControls } from './ui/stage-controls.ts';
import { TwinLayer } from './ui/twins.ts';

// Only wiring: each part lives in src/app/ and gets what it needs here.
const views = new Views();
const settings = new Settings();
// The twins follow the canvas once the engine (its own chunk) has made it.
const twins: TwinLayer = new TwinLayer(views.twins, () => engine.stage?.canvas);
const engine = new EngineLoader(views.game, twins, settings);
// Opened on an activity (a shared link, a lesson's step): its code and the engine load while the stores open.
const opening = activityAt(location.hash, lessons);
if (opening) void Promise.all([engine.ready, loaders[opening.id]?.().then((m) => engine.prepare(m.default.kind))]).catch(() => undefined); // the player reports a failure
const own = new OwnLibrary(new Set(publicMedia), new Map(entries.flatMap((e) => (e.id ? [[e.id, e.file] as const] : []))));
// The library's lessons and the teacher's own (kept, or opened with their activities).
const allLessons = () => [...lessons, ...own.lessons()];
// The stores and what needs them, once open: the menu is drawn before (see below).
let opened: { data: AppData; progress: LessonProgress } | undefined;
const menu = new MenuPage({ views, settings, data: () => opened?.data, own, entries, lessons: allLessons, progress: () => opened?.progress, updates: new Updates(settings, () => menu.refresh()) });
// M (sound), a long press and a pinch on a tablet, and a file dropped on the window: from the first
// moment the menu shows.
installShortcuts(settings, () => menu.refresh());
const openFiles = fileImport(own, settings, () => menu.showOpenedProblems());
// Opened on the menu: it is plain DOM, drawn now, while IndexedDB opens; a tile tapped meanwhile
// changes the address, which the router follows once it starts. The router shows the same menu again
// with the stores open, and only who plays is drawn anew.
if (isMenuAddress(location.hash, lessons)) menu.show();
const data = await openAppData();
performance.mark('lopvui:data-open'); // what test/bench/trace-first-tap.ts reads
const recording = new Recording(data);
const newSession = sessionFactory(recording.record, (id) => packs.packOf(id));
const progress = new LessonProgress(newSession, () => ({ learnerId: data.learners.current, lang: settings.lang }));
opened = { data, progress };
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
  openFiles: (f) => void openFiles(f),
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
// The menu is drawn again only when the device keeps something of its own: a redraw replaces every
// tile under a finger that may be on its way to one, and costs a slow tablet a layout of the whole page.
void Promise.all([own.load(), packs.load()]).then(() => {
  if (own.entries().length || own.lessons().length) menu.refresh();
});

startRouter(allLessons, {
  play: (id, inLesson) => void player.play(id, inLesson),
  leavePlay: () => (engine.pause(), twins.clear(), controls.clear(), player.stop()),
  lesson: (id) => showLesson(id, { views, settings, lessons: allLessons(), entries: [...entries, ...own.entries()], progress }),
  any: (hash) => teacher.follow(hash),
  teacher: (tab) => void teacher.show(tab),
  menu: () => (menu.show(), engine.prefetch()),
});
