import { motionReduced, TEXT_SCALE, type Prefs } from '../store/prefs.ts';

const systemReduces = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The page follows the settings: `data-mode` (projector: large type, high contrast),
 * `data-palette`, `data-motion`, and the text scale as a CSS variable. Returns whether motion
 * is reduced now, for the canvas.
 */
export function applyPrefs(p: Prefs): boolean {
  const root = document.documentElement;
  const reduced = motionReduced(p, systemReduces());
  root.dataset.mode = p.mode;
  root.dataset.palette = p.palette;
  root.dataset.motion = reduced ? 'reduce' : 'full';
  root.style.setProperty('--text-scale', String(TEXT_SCALE[p.textSize]));
  return reduced;
}

/** When the device's own setting changes while the player is open. */
export function onSystemMotionChange(cb: () => void): void {
  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', cb);
}
