import { WHOLE_CLASS_ID } from '../model/learners/learner.ts';
import type { AppData } from '../store/app-data.ts';
import { learnerFace } from '../ui/learner-picker.ts';
import type { Settings } from './settings.ts';

/**
 * The player's own keys and gestures: M mutes and unmutes everywhere but in a text field (the
 * projector's quick "quiet, please"); on a shared tablet a long press opens no menu, a pinch or
 * a double tap zooms nothing (Safari's gestures too).
 */
export function installShortcuts(settings: Settings, onMuted: () => void): void {
  const inField = (e: Event, fields: string) => !!(e.target as HTMLElement).closest(fields);
  addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() !== 'm' || e.ctrlKey || e.metaKey || e.altKey || inField(e, 'input, textarea, select')) return;
    settings.setMuted(!settings.muted);
    onMuted();
  });
  const tablet = () => settings.prefs.mode === 'tablet';
  addEventListener('contextmenu', (e) => tablet() && !inField(e, 'input, textarea') && e.preventDefault());
  for (const g of ['gesturestart', 'gesturechange']) document.addEventListener(g, (e) => tablet() && e.preventDefault());
}

/** Who the evidence is for: W on the projector switches between the child chosen and the whole class. */
export function wholeClassToggle(data: AppData, settings: Settings): () => string {
  let lastChild: string | undefined;
  return () => {
    const now = data.learners.current;
    if (now !== WHOLE_CLASS_ID) lastChild = now;
    data.learners.current = now === WHOLE_CLASS_ID && lastChild ? lastChild : WHOLE_CLASS_ID;
    return settings.i18n.t('controls.forLearner', { name: learnerFace(data.learners.get(data.learners.current), settings.i18n).name });
  };
}
