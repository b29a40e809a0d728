import type { TFunction } from 'i18next';
import type { Effect } from '../audio/effects.ts';

const MARKS: Partial<Record<Effect, string>> = { correct: '✓', wrong: '✗', finish: '★', discover: '✦' };
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * With the sound off, each feedback sound is also a sign on screen: a mark and a word
 * (✓ Đúng, ✗ Chưa đúng), so a child who cannot hear it still gets it, and never by colour alone.
 */
export function showCue(effect: Effect, t: TFunction): void {
  const mark = MARKS[effect];
  if (!mark) return;
  let el = document.getElementById('cue');
  if (!el) {
    el = document.createElement('div');
    el.id = 'cue';
    el.setAttribute('aria-hidden', 'true'); // the live region already says it
    document.body.append(el);
  }
  el.dataset.effect = effect;
  el.textContent = `${mark} ${t(`cues.${effect}`)}`;
  el.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => el && (el.hidden = true), 1200);
}
