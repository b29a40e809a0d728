import './ui/fonts.css';
import './ui/app.css';
import { entries, loaders } from 'virtual:lopvui/catalog';
import { v4 as uuid } from 'uuid';
import type { Stage } from './engine/game.ts';
import { createI18n } from './i18n/index.ts';
import type { Lang } from './model/activity/lang.ts';
import { PlaySession } from './model/evidence/session.ts';
import { EvidenceRecorder } from './store/evidence-store.ts';
import { deploymentHome, localLearnerId } from './store/device.ts';
import { loadBand, loadLang, saveBand, saveLang } from './store/settings.ts';
import { announce } from './ui/live.ts';
import { renderMenu } from './ui/menu.ts';
import { TwinLayer } from './ui/twins.ts';
import { whenFontsReady } from './ui/fonts.ts';

declare const __BUILD_TIME__: number;

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const menu = $('menu');
const stageEl = $('stage');
const message = $('stage-message');

let lang: Lang = loadLang();
let i18n = createI18n(lang);
let band = loadBand();
const recorder = new EvidenceRecorder();
let stage: Stage | undefined;
let stopNarration = () => {};
const twins = new TwinLayer($('twins'), () => stage?.canvas);

/**
 * Phaser and Howler are their own chunks: fetched while the child looks at the menu (which is
 * plain DOM and drawn at once), ready when a tile is tapped. The canvas waits for the font.
 */
const engineReady = Promise.all([import('./engine/game.ts'), import('./audio/sfx.ts'), import('./audio/narration.ts'), whenFontsReady()]).then(
  ([{ Stage }, sfx, narration]) => {
    stage = new Stage($('game'));
    twins.observe(stage.canvas);
    stopNarration = narration.stopNarration;
    return { stage, playEffect: sfx.playEffect, narrate: narration.narrate };
  },
);

function showMenu(): void {
  document.documentElement.lang = lang;
  renderMenu(menu, {
    entries,
    i18n,
    band,
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

async function play(id: string): Promise<void> {
  menu.hidden = true;
  stageEl.hidden = false;
  message.hidden = true;
  twins.clear();
  twins.setLabel(i18n.t('play.loading'));
  const load = loaders[id];
  try {
    if (!load) throw new Error(`no activity ${id}`);
    const [{ default: activity }, { stage, playEffect, narrate }] = await Promise.all([load(), engineReady]);
    const t = i18n.t;
    const session = new PlaySession({
      ctx: {
        homePage: deploymentHome(),
        learnerId: localLearnerId(),
        registration: uuid(),
        activity: { id: activity.id, version: activity.version, title: activity.title, competencies: activity.competencies },
        lang,
      },
      newId: () => uuid(),
      now: () => Date.now(),
      notBefore: __BUILD_TIME__,
      sink: (s) => void recorder.record(s),
    });
    stage.resume();
    await stage.start(activity, {
      t,
      lang,
      twins,
      announce,
      effect: playEffect,
      narrate: (text, recording) => narrate(text, lang, recording),
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
  const m = /^#\/play\/(.+)$/.exec(location.hash);
  if (m?.[1]) return void play(decodeURIComponent(m[1]));
  stopNarration();
  stage?.pause();
  twins.clear();
  stageEl.hidden = true;
  menu.hidden = false;
  showMenu();
}

// Nothing already answered waits in memory when the tab is hidden or closed.
addEventListener('pagehide', () => void recorder.flush());
document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void recorder.flush());
addEventListener('hashchange', route);
route();
