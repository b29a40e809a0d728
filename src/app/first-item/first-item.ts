import { rasters } from 'virtual:lopvui/first-pictures';
import { words } from 'virtual:lopvui/first-items';
import type { TFunction } from 'i18next';
import { EFFECTS } from '../../audio/effect-notes.ts';
import { renderNotes, wavFile } from '../../audio/tone-wav.ts';
import { picture } from '../../engine/media.ts';
import { MIN_TARGET, usePalette } from '../../engine/theme.ts';
import type { CardLook } from '../../engine/widgets/card-face.ts';
import { WRONG_HOLD_MS } from '../../engine/widgets/feedback.ts';
import { pick } from '../../model/activity/lang.ts';
import { answerChoice, correctIndices, resumeChoice, startChoice } from '../../model/kinds/choice/rules.ts';
import { seededRng } from '../../model/random.ts';
import { loadPrefs } from '../../store/prefs.ts';
import { keptResumeOf } from '../../store/resume.ts';
import { loadLang, loadMuted } from '../../store/settings.ts';
import { whenFontsReady } from '../../ui/fonts.ts';
import { announce } from '../../ui/live.ts';
import { TwinLayer } from '../../ui/twins.ts';
import { showCue } from '../../ui/visual-cues.ts';
import type { EarlyPictures } from '../../contracts/early-play.ts';
import type { Twin } from '../../contracts/twins.ts';
import { dropEarlyPlay, holdEarlyPlay, type EarlyPlay } from '../early-input.ts';
import { countFrame, testSpeed } from '../test-speed.ts';
import type { FirstItemAddress } from './address.ts';
import type { FirstItemWords } from './words.ts';
import type { CardPlace } from '../../engine/kinds/choice-layout.ts';
import { drawSketch, gameSize, sketchLayout, type SketchItem, type SketchLayout } from './sketch.ts';

/** How long the answer shows before its cards settle, and a revealed answer before it lights up (as choice.ts and choice-feedback.ts). */
const REVEAL_AFTER_MS = 600;
/** With nothing done, the player loads once the item has been up this long (and the page is idle). */
const PLAYER_AFTER_MS = 2500;

/**
 * Opened on an activity whose first item plays before the engine (which.ts), on a tablet, with no
 * checkpoint past that item to come back to: the item is drawn on a plain canvas with its twins, and answered by
 * the activity's own rules, with its sound and its look, from the first moment (issue 17). Returns
 * when the player should load: at the first answer (once its feedback is drawn), at home or listen,
 * on another address, or once the item has been up a while; the player then plays on from it, and
 * records its answers as evidence (takeEarlyPlay in early-input.ts). Undefined: not such a page,
 * the player loads at once.
 */
export async function firstItem(address: FirstItemAddress, hash: string): Promise<Promise<void> | undefined> {
  const lang = loadLang();
  usePalette(loadPrefs().palette);
  const { default: activity } = await address.activity;
  const item = activity.items[0];
  // A checkpoint (a reload) comes back to its item: drawn here only when that is the first, from the same seed.
  // (One of another version is not: the player starts afresh.)
  const kept = [keptResumeOf(activity.id, Date.now())].find((r) => r?.version === activity.version);
  const resumed = kept && resumeChoice(kept.state, activity);
  if (!item || (kept && resumed?.index !== 0)) return undefined;
  const seed = kept?.seed ?? Math.floor(Math.random() * 2 ** 31);
  // The play the player will make from the same seed (or checkpoint): the same order of answers.
  let play = resumed ?? startChoice(activity, seededRng(seed));
  const order = play.order[0] ?? [];
  const labels = order.map((i) => pick(item.options[i]?.text ?? '', lang));
  const url = item.image && pick(item.image, lang);
  // The question and its answers are drawn once the fonts are here, with the picture if it is decoded by then
  // (the page's head script began the build's PNG of it); if not, it joins them once it is, in its place kept
  // for it (the PNG where there is one: an SVG's document and raster cost a slow tablet more than the rest).
  const raster = url ? rasters[url] : undefined;
  const begun = raster ? (window as EarlyPictures).__lopvuiPictures?.[new URL(raster, document.baseURI).href] : undefined;
  const pic = url ? picture(url, raster, begun).catch(() => undefined) : undefined;
  let ready: HTMLImageElement | undefined;
  void pic?.then((img) => (ready = img));
  await whenFontsReady();
  if (location.hash !== hash) return undefined;

  const w = words[lang];
  const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (all, k: string) => String(values[k] ?? all));
  const sketch: SketchItem = { total: activity.items.length, prompt: pick(item.prompt, lang), picture: ready, pictured: !!pic, labels };
  const looks: CardLook[] = labels.map(() => 'idle');
  let hint: string | undefined;
  let busy = false;
  let stopped = false;

  document.getElementById('menu')?.setAttribute('hidden', '');
  document.getElementById('stage')?.removeAttribute('hidden');
  document.documentElement.lang = lang;
  const game = document.getElementById('game') as HTMLElement;
  const canvas = document.createElement('canvas');
  canvas.className = 'first-item';
  game.append(canvas);
  // Opaque (the sketch paints its paper over all of it): the compositor need not blend it over the page.
  const ctx = canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
  const twins = new TwinLayer(document.getElementById('twins') as HTMLElement, () => canvas);
  let at: SketchLayout = fit();
  const draw = () => {
    drawSketch(ctx, sketch, { looks, hint }, at);
    if (testSpeed() !== 1) countFrame();
  };

  function fit(): SketchLayout {
    const r = game.getBoundingClientRect();
    const g = gameSize(r.width || innerWidth, r.height || innerHeight);
    canvas.width = g.w;
    canvas.height = g.h;
    return sketchLayout(ctx, sketch, r.width || innerWidth, r.height || innerHeight);
  }
  // A card's twin covers the card (a place is its centre and size).
  const cardRect = (c: CardPlace) => ({ x: c.x - c.w / 2, y: c.y - c.h / 2, w: c.w, h: c.h });
  const frameRect = (x: number) => {
    const d = Math.max(at.frame.size, MIN_TARGET);
    return { x: x - d / 2, y: at.frame.y - d / 2, w: d, h: d };
  };

  let moved: () => void = () => undefined;
  const whenMoved = new Promise<void>((go) => (moved = go));
  const play$ = {
    activityId: activity.id,
    seed,
    shownAt: Date.now(),
    answers: [] as EarlyPlay['answers'],
    listen: false,
    handOver: () => {
      stop();
      const place = twins.focusedPlace();
      twins.destroy();
      return place;
    },
    release: () => {
      stop();
      removeEventListener('hashchange', leave);
      twins.destroy();
      requestAnimationFrame(() => canvas.remove());
    },
  };
  // Its input ends: the scene answers from here (handOver), or the early item goes (release).
  const stop = () => {
    stopped = true;
    canvas.removeEventListener('click', onTap);
    removeEventListener('resize', onResize);
    moved();
  };
  // Another address (home, the browser's back), before the scene is drawn: the early item goes, whether the
  // player had taken it or not.
  const leave = () => {
    dropEarlyPlay();
    play$.release();
  };
  const muted = loadMuted();

  const answer = (slot: number) => {
    const index = order[slot];
    if (stopped || busy || index === undefined || play.eliminated.includes(index)) return;
    const { play: after, outcome } = answerChoice(play, [index]);
    if (outcome.type === 'ignored') return;
    play = after;
    play$.answers.push({ selected: [index], at: Date.now() });
    looks[slot] = outcome.type === 'correct' ? 'correct' : 'wrong';
    effect(outcome.type === 'correct' ? 'correct' : 'wrong', muted, w);
    // Right or shown, the item is over; after a wrong one the child may try again at once (as choice.ts).
    busy = outcome.type !== 'wrong';
    if (outcome.type === 'correct') announce(w.correct);
    if (outcome.type === 'wrong') {
      const said = outcome.hint?.text ? `${w.wrong} ${fill(w.hint, { hint: pick(outcome.hint.text, lang) })}` : w.wrong;
      announce(said);
      later(WRONG_HOLD_MS, () => {
        if (busy) return;
        order.forEach((i, s) => (looks[s] = play.eliminated.includes(i) ? 'faded' : 'idle'));
        optionTwins.forEach((t, s) => t.update({ disabled: play.eliminated.includes(order[s] ?? -1) }));
        if (outcome.hint?.text) hint = pick(outcome.hint.text, lang);
      });
    }
    if (outcome.type === 'revealed') {
      const right = correctIndices(item);
      announce(fill(w.revealed, { answer: right.map((i) => fill(w.option, { n: order.indexOf(i) + 1, name: labels[order.indexOf(i)] ?? '' })).join(', ') }));
      later(REVEAL_AFTER_MS, () => order.forEach((i, s) => (looks[s] = right.includes(i) ? 'correct' : 'faded')));
    }
    draw();
    // The player loads once this answer's look is on the screen, never in its way.
    requestAnimationFrame(() => setTimeout(moved));
  };
  const later = (ms: number, then: () => void) =>
    setTimeout(() => {
      if (stopped) return;
      then();
      draw();
    }, ms / testSpeed());

  // Watched (and measured) before its twins are added: they are placed from that one measure, with no layout
  // forced after each (issue 17).
  twins.observe(canvas);
  const homeTwin = twins.add({ name: w.home, rect: frameRect(at.frame.x), onActivate: () => !stopped && (location.hash = '#/') });
  const listenTwin = twins.add({ name: w.listen, rect: frameRect(1280 - at.frame.x), onActivate: () => !stopped && ((play$.listen = true), moved()) });
  const optionTwins: Twin[] = labels.map((label, slot) => {
    const c = at.cards[slot] ?? { x: 0, y: 0, w: 0, h: 0 };
    return twins.add({ name: fill(w.option, { n: slot + 1, name: label }), rect: cardRect(c), onActivate: () => answer(slot) });
  });
  twins.setLabel(fill(w.progress, { n: 1, total: activity.items.length }));
  draw();
  performance.mark('lopvui:first-item-drawn'); // what test/bench/trace-first-tap.ts reads

  // A tap on the canvas: what is under it (the twins let no pointer through).
  const onTap = (e: MouseEvent) => {
    const r = canvas.getBoundingClientRect();
    const k = at.game.w / r.width;
    const x = (e.clientX - r.left) * k - (at.game.w - 1280) / 2;
    const y = (e.clientY - r.top) * k - (at.game.h - 720) / 2;
    const slot = at.cards.findIndex((c) => Math.abs(x - c.x) <= c.w / 2 && Math.abs(y - c.y) <= c.h / 2);
    if (slot >= 0) return answer(slot);
    const d = Math.max(at.frame.size, MIN_TARGET) / 2;
    if (Math.hypot(x - at.frame.x, y - at.frame.y) <= d) homeTwin.el?.click();
    else if (Math.hypot(x - (1280 - at.frame.x), y - at.frame.y) <= d) listenTwin.el?.click();
  };
  const onResize = () => {
    at = fit();
    homeTwin.update({ rect: frameRect(at.frame.x) });
    listenTwin.update({ rect: frameRect(1280 - at.frame.x) });
    at.cards.forEach((c, slot) => optionTwins[slot]?.update({ rect: cardRect(c) }));
    draw();
  };
  void pic?.then((img) => {
    if (stopped || (img && img === sketch.picture)) return; // drawn with the rest already
    if (img) {
      sketch.picture = img;
      draw();
    } else {
      sketch.pictured = false; // none after all: laid out as the scene lays out an item without one
      onResize();
    }
  });
  canvas.addEventListener('click', onTap);
  addEventListener('resize', onResize);
  addEventListener('hashchange', leave, { once: true });
  holdEarlyPlay(play$);
  setTimeout(() => ('requestIdleCallback' in window ? requestIdleCallback(() => moved(), { timeout: 1000 }) : moved()), PLAYER_AFTER_MS / testSpeed());
  return whenMoved;
}

/** The effect, heard and told to the page, as the player's own (app/engine.ts); with the sound off, shown as a mark and a word. */
function effect(name: 'correct' | 'wrong', muted: boolean, w: FirstItemWords): void {
  dispatchEvent(new CustomEvent('lopvui:sound', { detail: { kind: 'effect', name, muted } }));
  if (muted) return showCue(name, ((key: string) => (key === 'cues.correct' ? w.cueCorrect : w.cueWrong)) as unknown as TFunction);
  // Its sound is made in a task of its own, after the tap's: the tap is answered (drawn, told) first, and a
  // slow tablet's synthesis (tens of ms) does not hold the tap back. The tap's activation still lets it play.
  setTimeout(() => {
    const url = URL.createObjectURL(new Blob([wavFile(renderNotes(EFFECTS[name])) as Uint8Array<ArrayBuffer>], { type: 'audio/wav' }));
    const audio = new Audio(url);
    audio.onended = () => URL.revokeObjectURL(url);
    void audio.play().catch(() => URL.revokeObjectURL(url));
  });
}
