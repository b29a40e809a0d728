import './ui/fonts.css';
import './ui/app.css';
import { entries, lessons, loaders, publicMedia } from 'virtual:lopvui/catalog';
import { v4 as uuid } from 'uuid';
import type { Stage } from './engine/game.ts';
import type { PlayServices } from './engine/services.ts';
import { usePalette } from './engine/theme.ts';
import { createI18n } from './i18n/index.ts';
import { markFallbacks } from './model/activity/fallbacks.ts';
import { pick, type Lang } from './model/activity/lang.ts';
import { PlaySession } from './model/evidence/session.ts';
import type { Statement } from './model/evidence/xapi.ts';
import { VERBS } from './model/evidence/xapi.ts';
import { WHOLE_CLASS_ID } from './model/learners/learner.ts';
import { isLessonFinished, lessonSummary, resumeLesson, startLesson, stepDone, type LessonRun } from './model/lesson/lesson.ts';
import type { Lesson } from './model/lesson/lesson-schema.ts';
import { openAppData } from './store/app-data.ts';
import { deploymentHome } from './store/device.ts';
import { loadPrefs, savePrefs, type Prefs } from './store/prefs.ts';
import { clearResume, loadResume, saveResume } from './store/resume.ts';
import { loadBand, loadLang, loadLessonRun, loadMuted, saveBand, saveLang, saveLessonRun, saveMuted } from './store/settings.ts';
import type { SoundEvent } from './audio/audio-out.ts';
import type { Effect } from './audio/effects.ts';
import { applyPrefs, onSystemMotionChange } from './ui/appearance.ts';
import { hideCaption, showCaption, unlockOnFirstTouch } from './ui/caption.ts';
import { whenFontsReady } from './ui/fonts.ts';
import { LeaveGuard } from './ui/leave-guard.ts';
import { learnerFace, openLearnerPicker } from './ui/learner-picker.ts';
import { renderLesson } from './ui/lesson-view.ts';
import { announce } from './ui/live.ts';
import { renderMenu } from './ui/menu.ts';
import { OwnLibrary } from './ui/own-library.ts';
import { StageControls } from './ui/stage-controls.ts';
import { TABS, type Tab } from './ui/teacher/tabs.ts';
import { TwinLayer } from './ui/twins.ts';
import { watchForUpdates } from './ui/updates.ts';
import { whenQuiet } from './ui/when-quiet.ts';
import { SyncRunner } from './sync/sync-runner.ts';
import type { LrsConfig } from './store/lrs-config.ts';
import { showCue } from './ui/visual-cues.ts';

declare const __BUILD_TIME__: number;

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const menu = $('menu');
const teacherRoot = $('teacher');
const lessonRoot = $('lesson');
const stageEl = $('stage');
const message = $('stage-message');

let lang: Lang = loadLang();
let i18n = createI18n(lang);
let band = loadBand();
let prefs = loadPrefs();
/** The teacher's area stays open until locked or until the page is left. */
let unlocked = false;
// Opened on an activity (a shared link, a lesson's step): the engine downloads while the stores open.
if (/^#\/(play|lesson\/[^/]+)\//.test(location.hash)) void import('./engine/game.ts');
const data = await openAppData();

/**
 * The school's LRS, when a teacher set one: the outbox goes there in batches (the xAPI client
 * is its own chunk, fetched only then). Learners go by their local id, by name only if chosen.
 */
const withNames = (config: LrsConfig) => (s: Statement): Statement => {
  const name = config.sendNames ? data.learners.get(s.actor.account.name)?.name : undefined;
  return name ? { ...s, actor: { ...s.actor, name } } : s;
};
const sync = new SyncRunner(data.outbox, (config) => async (statements) => (await import('./sync/lrs-client.ts')).sender(config, withNames(config))(statements));
sync.soon(0);
let stage: Stage | undefined;
let stopNarration = () => {};
const twins = new TwinLayer($('twins'), () => stage?.canvas);

/** Settings take effect at once: the page's look, the canvas's palette and motion. */
function applySettings(): void {
  const reduced = applyPrefs(prefs);
  usePalette(prefs.palette);
  if (stage) stage.reducedMotion = reduced;
}
applySettings();
onSystemMotionChange(applySettings);

/**
 * Phaser and Howler are their own chunks, loaded once: at once when the page opens on an activity,
 * else while the child looks at the menu (which is plain DOM and drawn first) once it is idle, so a
 * tile tapped finds them ready. The canvas waits for the font.
 */
let engineLoad: ReturnType<typeof loadEngine> | undefined;
const engineReady = () => (engineLoad ??= loadEngine());
function loadEngine() {
  return Promise.all([import('./engine/game.ts'), import('./audio/howler-sink.ts'), import('./audio/audio-out.ts'), whenFontsReady()]).then(
    ([{ Stage }, { HowlerSink }, { AudioOut }]) => {
      stage = new Stage($('game'));
      if (!current) stage.pause(); // prefetched on the menu: no frames drawn for nobody
      applySettings();
      twins.observe(stage.canvas);
      const audio = new AudioOut(new HowlerSink(), () => lang, soundTold);
      audio.setMuted(muted);
      unlockOnFirstTouch(() => audio.unlock());
      stopNarration = () => audio.stop();
      setMutedOut = (m) => audio.setMuted(m);
      return { stage, audio };
    },
  );
}

/**
 * Every sound is told to the page (tests listen). One that cannot be heard is shown instead:
 * narration as a caption, feedback as a mark and a word.
 */
function soundTold(e: SoundEvent): void {
  dispatchEvent(new CustomEvent('lopvui:sound', { detail: e }));
  if (e.kind === 'narration' && e.how === 'none') showCaption(e.text, i18n.t(e.muted ? 'audio.muted' : 'audio.noVoice'));
  if (e.kind === 'effect' && e.muted) showCue(e.name, i18n.t);
  if (e.kind === 'stop') hideCaption();
}

let muted = loadMuted();
let setMutedOut: (m: boolean) => void = () => {};
function setMuted(m: boolean): void {
  muted = m;
  saveMuted(m);
  setMutedOut(m);
  announce(i18n.t(m ? 'audio.mutedNow' : 'audio.unmutedNow'));
}
// M mutes and unmutes everywhere but in a text field: the projector's quick "quiet, please".
addEventListener('keydown', (e) => {
  if (e.key.toLowerCase() !== 'm' || e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, textarea, select')) return;
  setMuted(!muted);
  if (!menu.hidden) showMenu();
});

// A shared tablet: a long press opens no menu, a pinch or a double tap zooms nothing (Safari's gestures too).
addEventListener('contextmenu', (e) => prefs.mode === 'tablet' && !(e.target as HTMLElement).closest('input, textarea') && e.preventDefault());
for (const g of ['gesturestart', 'gesturechange']) document.addEventListener(g, (e) => prefs.mode === 'tablet' && e.preventDefault());

/**
 * The teacher's own activities: a file opened (teacher's area) or dropped on the window plays at
 * once; kept ones join the menu. Errors show on the menu, as `npm run validate` prints them.
 */
const own = new OwnLibrary(new Set(publicMedia), new Map(entries.flatMap((e) => (e.id ? [[e.id, e.file] as const] : []))));
void own.load().then(() => !menu.hidden && showMenu());
async function openOwnFiles(files: File[]): Promise<void> {
  const opened = await own.openFiles(files);
  if (!opened) return announce(i18n.t('own.noJson'));
  if (opened.activity) location.hash = `#/play/${encodeURIComponent(opened.activity.id)}`;
  else if (location.hash === '#/' || location.hash === '') showMenu();
  else location.hash = '#/';
}
addEventListener('dragover', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  e.preventDefault(); // else the browser opens the file itself
  e.dataTransfer.dropEffect = 'copy';
});
addEventListener('drop', (e) => {
  if (!e.dataTransfer?.files.length) return;
  e.preventDefault();
  void openOwnFiles([...e.dataTransfer.files]);
});

/** A new version waits here until the menu (between activities) offers it. */
let pendingUpdate: (() => void) | undefined;
watchForUpdates({
  offlineReady: () => announce(i18n.t('update.offlineReady')),
  updateWaiting: (apply) => {
    pendingUpdate = apply;
    if (!menu.hidden) showMenu();
  },
});

/** Who the evidence is for: W on the projector switches between the child chosen and the whole class. */
let lastChild: string | undefined;
function toggleWholeClass(): string {
  const now = data.learners.current;
  if (now !== WHOLE_CLASS_ID) lastChild = now;
  data.learners.current = now === WHOLE_CLASS_ID && lastChild ? lastChild : WHOLE_CLASS_ID;
  return i18n.t('controls.forLearner', { name: learnerFace(data.learners.get(data.learners.current), i18n).name });
}

let current: { id: string; lesson?: { lesson: Lesson; step: number } } | undefined;
const controls = new StageControls(stageEl, {
  t: () => i18n.t,
  projector: () => prefs.mode === 'projector',
  muted: () => muted,
  restart: () => current && (clearResume(), void play(current.id, current.lesson)),
  toggleMute: () => setMuted(!muted),
  toggleWholeClass,
  timeUp: () => void engineReady().then(({ audio }) => audio.effect('finish')),
});
const guard = new LeaveGuard(() => i18n.t, () => leaveActivity());

function show(view: 'menu' | 'teacher' | 'stage' | 'lesson'): void {
  menu.hidden = view !== 'menu';
  teacherRoot.hidden = view !== 'teacher';
  lessonRoot.hidden = view !== 'lesson';
  stageEl.hidden = view !== 'stage';
  document.documentElement.lang = lang;
}

function showMenu(): void {
  show('menu');
  const who = data.learners.current;
  renderMenu(menu, {
    entries: import.meta.env.DEV ? markFallbacks([...entries, ...own.entries()], lang) : [...entries, ...own.entries()],
    lessons: import.meta.env.DEV ? markFallbacks(lessons, lang) : lessons,
    i18n,
    band,
    learner: learnerFace(data.learners.get(who), i18n),
    onWho: () => openLearnerPicker({ learners: data.learners.list(), current: who, i18n, onPick: (id) => ((data.learners.current = id), showMenu()) }),
    onTeacher: () => (location.hash = '#/teacher'),
    muted,
    onMute: () => (setMuted(!muted), showMenu()),
    onBand: (b) => {
      band = b;
      saveBand(b);
      showMenu();
    },
    onLang: (l) => {
      lang = l;
      i18n = createI18n(l);
      saveLang(l);
      showMenu();
    },
    onPlay: (id) => (location.hash = `#/play/${encodeURIComponent(id)}`),
    onLesson: (id) => {
      const lesson = lessons.find((l) => l.id === id);
      // A lesson played to its end starts afresh when opened again from the menu.
      if (lesson && isLessonFinished(lesson, lessonRun(lesson))) saveLessonRun(startLesson(lesson, uuid()));
      location.hash = `#/lesson/${encodeURIComponent(id)}`;
    },
    ...(pendingUpdate && { update: pendingUpdate }),
    ...(own.preview && {
      opened: {
        opened: own.preview,
        onPlay: () => own.preview?.activity && (location.hash = `#/play/${encodeURIComponent(own.preview.activity.id)}`),
        onKeep: () => void own.keep().then(showMenu),
        onClose: () => (own.close(), showMenu()),
      },
    }),
  });
}

/** The teacher's area is its own chunk: children's tablets rarely need it. */
async function showTeacher(tab: Tab): Promise<void> {
  show('teacher');
  const { renderGate, renderTeacherArea } = await import('./ui/teacher/area.ts');
  const lock = () => {
    unlocked = false;
    location.hash = '#/';
  };
  if (!unlocked) {
    return renderGate(teacherRoot, {
      i18n,
      teacher: data.teacher,
      rng: Math.random,
      onUnlock: () => ((unlocked = true), void showTeacher(tab)),
      onCancel: lock,
    });
  }
  const ctx = {
    i18n,
    lang,
    data,
    entries,
    loadActivity: async (id: string) => (await loaders[id]?.())?.default ?? own.activity(id),
    refresh: () => void showTeacher(tab),
    prefs,
    setPrefs: (p: Prefs) => {
      prefs = p;
      savePrefs(p);
      applySettings();
      void showTeacher(tab);
    },
    muted: () => muted,
    setMuted: (m: boolean) => (setMuted(m), void showTeacher(tab)),
    sync: {
      status: () => sync.current,
      now: () => sync.run(),
      test: async (c: LrsConfig) => (await import('./sync/lrs-client.ts')).testConnection(c),
      rejected: () => data.outbox.rejected(),
    },
    own: {
      kept: () => own.kept().flatMap((o) => (o.activity ? [{ id: o.activity.id, title: pick(o.activity.title, lang) }] : [])),
      open: (files: File[]) => void openOwnFiles(files),
      remove: (id: string) => own.remove(id),
    },
  };
  renderTeacherArea(teacherRoot, ctx, tab, (next) => (location.hash = `#/teacher/${next}`), lock);
}

/** This lesson's run on this device: the saved one, or a new one. */
function lessonRun(lesson: Lesson): LessonRun {
  return resumeLesson(loadLessonRun(), lesson) ?? startLesson(lesson, uuid());
}

function showLesson(id: string): void {
  show('lesson');
  const lesson = lessons.find((l) => l.id === id);
  if (!lesson) return void lessonRoot.replaceChildren(Object.assign(document.createElement('p'), { textContent: i18n.t('lesson.missing') }));
  const run = lessonRun(lesson);
  saveLessonRun(run);
  renderLesson(lessonRoot, {
    lesson: import.meta.env.DEV ? markFallbacks(lesson, lang) : lesson,
    run,
    entries,
    i18n,
    onPlay: (step) => (location.hash = `#/lesson/${encodeURIComponent(id)}/${step + 1}`),
    onMenu: () => (location.hash = '#/'),
  });
}

/** A lesson's step reached its end screen: the run moves on; after the last, the lesson's own completion. */
function lessonStepCompleted(lesson: Lesson, step: number): void {
  const before = lessonRun(lesson);
  const run = stepDone(lesson, before, step);
  saveLessonRun(run);
  if (!isLessonFinished(lesson, run) || isLessonFinished(lesson, before)) return;
  const session = new PlaySession({
    ctx: {
      homePage: deploymentHome(),
      learnerId: data.learners.current,
      registration: run.registration,
      activity: { id: `lesson:${lesson.id}`, version: lesson.version, title: lesson.title, competencies: [] },
      lang,
    },
    newId: () => uuid(),
    now: () => Date.now(),
    notBefore: __BUILD_TIME__,
    sink: record,
  });
  session.completed(lessonSummary(lesson, run));
}

function record(s: Statement): void {
  // User Timing: the main-thread cost of recording an answer shows in DevTools and in npm run bench.
  const start = performance.now();
  void data.evidence.record(s);
  performance.measure('lopvui:record', { start });
  sync.soon();
}

/** Out of the activity on purpose: its checkpoint goes, back to the lesson or the menu. */
function leaveActivity(): void {
  guard.disarm();
  clearResume();
  location.hash = current?.lesson ? `#/lesson/${encodeURIComponent(current.lesson.lesson.id)}` : '#/';
}

async function play(id: string, inLesson?: { lesson: Lesson; step: number }): Promise<void> {
  show('stage');
  current = { id, ...(inLesson && { lesson: inLesson }) };
  message.hidden = true;
  twins.clear();
  controls.set({});
  twins.setLabel(i18n.t('play.loading'));
  const mine = own.activity(id);
  const load = loaders[id] ?? (mine && (() => Promise.resolve({ default: mine })));
  try {
    if (!load) throw new Error(`no activity ${id}`);
    const [{ default: loaded }, { stage, audio }] = await Promise.all([load(), engineReady()]);
    // While developing, a text missing in this language shows as "[vi] …", not as a translation.
    const activity = import.meta.env.DEV ? markFallbacks(loaded, lang) : loaded;
    const learnerId = data.learners.current;
    const resume = loadResume({ activityId: activity.id, version: activity.version, learnerId }, Date.now());
    const seed = resume?.seed ?? Math.floor(Math.random() * 2 ** 31);
    const registration = resume?.registration ?? uuid();
    const session = new PlaySession({
      ctx: {
        homePage: deploymentHome(),
        learnerId,
        registration,
        activity: { id: activity.id, version: activity.version, title: activity.title, competencies: activity.competencies },
        lang,
      },
      newId: () => uuid(),
      now: () => Date.now(),
      notBefore: __BUILD_TIME__,
      sink: (s) => {
        record(s);
        if (s.verb.id !== VERBS.completed.id) return;
        clearResume();
        guard.disarm();
        if (inLesson) lessonStepCompleted(inLesson.lesson, inLesson.step);
      },
    });
    const services: PlayServices = {
      t: i18n.t,
      lang,
      twins,
      announce,
      effect: (name: Effect) => audio.effect(name),
      narrate: (text, recording) => void audio.say([{ text, ...(recording && { recording }) }]),
      say: (lines) => audio.say(lines),
      narrationPosition: () => audio.position(),
      session,
      seed,
      exit: leaveActivity,
      replay: () => (clearResume(), void play(id, inLesson)),
      controls: (c) => controls.set(c),
      checkpoint: (state) => saveResume({ activityId: activity.id, version: activity.version, learnerId, seed, registration, state, savedAt: Date.now() }),
      ...(inLesson && { lessonNext: leaveActivity }),
    };
    guard.arm();
    stage.resume();
    await stage.start(activity, services, resume?.state);
  } catch (e) {
    console.error(e);
    message.textContent = i18n.t('play.loadFailed');
    message.hidden = false;
  }
}

function route(): void {
  const playing = /^#\/play\/(.+)$/.exec(location.hash);
  if (playing?.[1]) return void play(decodeURIComponent(playing[1]));
  const lessonStep = /^#\/lesson\/([^/]+)\/(\d+)$/.exec(location.hash);
  const lesson = lessonStep && lessons.find((l) => l.id === decodeURIComponent(lessonStep[1] ?? ''));
  const step = lesson && lesson.steps[Number(lessonStep[2]) - 1];
  if (lesson && step) return void play(step.activity, { lesson, step: Number(lessonStep[2]) - 1 });
  stopNarration();
  stage?.pause();
  twins.clear();
  controls.clear();
  guard.disarm();
  current = undefined;
  const lessonPage = /^#\/lesson\/([^/]+)/.exec(location.hash);
  if (lessonPage?.[1]) return showLesson(decodeURIComponent(lessonPage[1]));
  const teacher = /^#\/teacher(?:\/(\w+))?$/.exec(location.hash);
  if (teacher) return void showTeacher((TABS as readonly string[]).includes(teacher[1] ?? '') ? (teacher[1] as Tab) : 'dashboard');
  unlocked = false;
  showMenu();
  // A second and a half after the menu shows, at an idle moment: never in the way of a first tap.
  whenQuiet(() => void engineReady(), { onAnswer: false, afterMs: 1500 });
}

// Nothing already answered waits in memory when the tab is hidden or closed.
addEventListener('pagehide', () => void data.evidence.recorder.flush());
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void data.evidence.recorder.flush());
addEventListener('hashchange', route);
route();
