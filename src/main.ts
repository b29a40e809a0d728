import { entries, lessons, loaders, publicMedia } from 'virtual:lopvui/catalog';
import { EngineLoader } from './app/engine.ts';
import { takeDrops, takeKeys, takeLessonTaps } from './app/early-input.ts';
import { restartIfFinished } from './app/lesson-progress.ts';
import { fileImport } from './app/file-import.ts';
import { firstMove } from './app/first-move.ts';
import { MenuPage } from './app/menu.ts';
import { OwnLibrary } from './app/own-library.ts';
import { activityAt, isMenuAddress } from './app/router.ts';
import { Settings } from './app/settings.ts';
import { installShortcuts } from './app/shortcuts.ts';
import { Updates } from './app/updates.ts';
import { Views } from './app/views.ts';
import type { Opened } from './app/wiring.ts';
import { TwinLayer } from './ui/twins.ts';

// The first screen, and only what it needs: the rest of the player (the stores, the teacher's area,
// the player, the router) is in app/wiring.ts, its own chunk, started after it (issue 17).
const views = new Views();
const settings = new Settings();
// The twins follow the canvas once the engine (its own chunk) has made it.
const twins: TwinLayer = new TwinLayer(views.twins, () => engine.stage?.canvas);
const engine = new EngineLoader(views.game, twins, settings);
// Opened on an activity (a shared link, a lesson's step): its code and the engine load while the stores open.
const opening = activityAt(location.hash, lessons);
if (opening) void Promise.all([engine.ready, loaders[opening.id]?.().then((m) => engine.prepare(m.default))]).catch(() => undefined); // the player reports a failure
const own = new OwnLibrary(new Set(publicMedia), new Map(entries.flatMap((e) => (e.id ? [[e.id, e.file] as const] : []))));
// The library's lessons and the teacher's own (kept, or opened with their activities).
const allLessons = () => [...lessons, ...own.lessons()];
// A finished lesson tapped on the build's menu before the player had loaded starts afresh, as one tapped later does.
for (const id of takeLessonTaps()) for (const l of lessons) if (l.id === id) restartIfFinished(l);
// The stores and what needs them, once open: the menu is drawn before (see below).
let opened: Opened | undefined;
let isOpen: (o: Opened) => void = () => undefined;
const whenOpen = new Promise<Opened>((ok) => (isOpen = ok));
const menu = new MenuPage({
  views,
  settings,
  data: () => opened?.data,
  whenOpen: () => whenOpen.then((o) => o.data),
  own,
  entries,
  lessons: allLessons,
  updates: new Updates(settings, () => menu.refresh()),
});
// M (sound), a long press and a pinch on a tablet, and a file dropped on the window: from the first
// moment the menu shows.
installShortcuts(settings, () => menu.refresh());
const openFiles = fileImport(own, settings, () => menu.showOpenedProblems());
for (const files of takeDrops()) void openFiles(files);
// Opened on the menu: it is plain DOM, drawn now (or kept, the build's, see start.ts); the rest starts at
// the first touch, key or tile, or once the menu has been up a moment, so a slow tablet answers the first
// tap at once. A tile tapped meanwhile changes the address, which the router follows once it starts; it
// shows the same menu again with the stores open, and only who plays changes.
// The device's own activities and lessons join the menu as soon as they are read (not at the first move):
// drawn again only when there are some, as a redraw replaces every tile under a finger.
void own.load().then(() => (own.entries().length || own.lessons().length) && menu.refresh());
const onMenu = isMenuAddress(location.hash, lessons);
if (onMenu) menu.show();
takeKeys(); // pressed before the player had loaded (early-input.ts): its keys and its menu listen now
if (onMenu) await firstMove();
const { wire } = await import('./app/wiring.ts');
await wire({ views, settings, twins, engine, own, menu, openFiles, allLessons, opened: (o) => ((opened = o), isOpen(o)) });
