import './ui/fonts.css';
import './ui/app.css';
import { entries, loaders } from 'virtual:lopvui/catalog';
import { v4 as uuid } from 'uuid';
import type { Stage } from './engine/game.ts';
import { createI18n } from './i18n/index.ts';
import type { Lang } from './model/activity/lang.ts';
import { PlaySession } from './model/evidence/session.ts';
import { openAppData } from './store/app-data.ts';
import { deploymentHome } from './store/device.ts';
import { loadBand, loadLang, loadMuted, saveBand, saveLang, saveMuted } from './store/settings.ts';
import type { SoundEvent } from './audio/audio-out.ts';
import { hideCaption, showCaption, unlockOnFirstTouch } from './ui/caption.ts';
import { whenFontsReady } from './ui/fonts.ts';
import { learnerFace, openLearnerPicker } from './ui/learner-picker.ts';
import { announce } from './ui/live.ts';
import { renderMenu } from './ui/menu.ts';
import { TABS, type Tab } from './ui/teacher/tabs.ts';
import { TwinLayer } from './ui/twins.ts';

declare const __BUILD_TIME__: number;

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const menu = $('menu');
const teacherRoot = $('teacher');
const stageEl = $('stage');
const message = $('stage-message');

let lang: Lang = loadLang();
let i18n = createI18n(lang);
let band = loadBand();
/** The teacher's area stays open until locked or until the page is left. */
let unlocked = false;
const data = await openAppData();
let stage: Stage | undefined;
let stopNarration = () => {};
const twins = new TwinLayer($('twins'), () => stage?.canvas);

/**
 * Phaser and Howler are their own chunks: fetched while the child looks at the menu (which is
 * plain DOM and drawn at once), ready when a tile is tapped. The canvas waits for the font.
 */
const engineReady = Promise.all([import('./engine/game.ts'), import('./audio/howler-sink.ts'), import('./audio/audio-out.ts'), whenFontsReady()]).then(
  ([{ Stage }, { HowlerSink }, { AudioOut }]) => {
    stage = new Stage($('game'));
    twins.observe(stage.canvas);
    const audio = new AudioOut(new HowlerSink(), () => lang, soundTold);
    audio.setMuted(muted);
    unlockOnFirstTouch(() => audio.unlock());
    stopNarration = () => audio.stop();
    setMutedOut = (m) => audio.setMuted(m);
    return { stage, audio };
  },
);

/** Every sound is told to the page (tests listen); one that cannot be heard is shown as a caption. */
function soundTold(e: SoundEvent): void {
  dispatchEvent(new CustomEvent('lopvui:sound', { detail: e }));
  if (e.kind === 'narration' && e.how === 'none') showCaption(e.text, i18n.t(e.muted ? 'audio.muted' : 'audio.noVoice'));
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

function show(view: 'menu' | 'teacher' | 'stage'): void {
  menu.hidden = view !== 'menu';
  teacherRoot.hidden = view !== 'teacher';
  stageEl.hidden = view !== 'stage';
  document.documentElement.lang = lang;
}

function showMenu(): void {
  show('menu');
  const current = data.learners.current;
  renderMenu(menu, {
    entries,
    i18n,
    band,
    learner: learnerFace(data.learners.get(current), i18n),
    onWho: () => openLearnerPicker({ learners: data.learners.list(), current, i18n, onPick: (id) => ((data.learners.current = id), showMenu()) }),
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
    loadActivity: async (id: string) => (await loaders[id]?.())?.default,
    refresh: () => void showTeacher(tab),
  };
  renderTeacherArea(teacherRoot, ctx, tab, (next) => (location.hash = `#/teacher/${next}`), lock);
}

async function play(id: string): Promise<void> {
  show('stage');
  message.hidden = true;
  twins.clear();
  twins.setLabel(i18n.t('play.loading'));
  const load = loaders[id];
  try {
    if (!load) throw new Error(`no activity ${id}`);
    const [{ default: activity }, { stage, audio }] = await Promise.all([load(), engineReady]);
    const session = new PlaySession({
      ctx: {
        homePage: deploymentHome(),
        learnerId: data.learners.current,
        registration: uuid(),
        activity: { id: activity.id, version: activity.version, title: activity.title, competencies: activity.competencies },
        lang,
      },
      newId: () => uuid(),
      now: () => Date.now(),
      notBefore: __BUILD_TIME__,
      sink: (s) => {
        // User Timing: the main-thread cost of recording an answer shows in DevTools and in npm run bench.
        const start = performance.now();
        void data.evidence.record(s);
        performance.measure('lopvui:record', { start });
      },
    });
    stage.resume();
    await stage.start(activity, {
      t: i18n.t,
      lang,
      twins,
      announce,
      effect: (name) => audio.effect(name),
      narrate: (text, recording) => void audio.say([{ text, ...(recording && { recording }) }]),
      say: (lines) => audio.say(lines),
      narrationPosition: () => audio.position(),
      session,
      seed: Math.floor(Math.random() * 2 ** 31),
      exit: () => (location.hash = '#/'),
      replay: () => void play(id),
    });
  } catch (e) {
    console.error(e);
    message.textContent = i18n.t('play.loadFailed');
    message.hidden = false;
  }
}

function route(): void {
  const playing = /^#\/play\/(.+)$/.exec(location.hash);
  if (playing?.[1]) return void play(decodeURIComponent(playing[1]));
  stopNarration();
  stage?.pause();
  twins.clear();
  const teacher = /^#\/teacher(?:\/(\w+))?$/.exec(location.hash);
  if (teacher) return void showTeacher((TABS as readonly string[]).includes(teacher[1] ?? '') ? (teacher[1] as Tab) : 'dashboard');
  unlocked = false;
  showMenu();
}

// Nothing already answered waits in memory when the tab is hidden or closed.
addEventListener('pagehide', () => void data.evidence.recorder.flush());
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void data.evidence.recorder.flush());
addEventListener('hashchange', route);
route();
