import { firstItems } from 'virtual:lopvui/first-items';
import type { ChoiceActivity } from '../../model/kinds/choice/schema.ts';
import { loadPrefs } from '../../store/prefs.ts';

/** An activity whose first item plays before the engine (which.ts), and its loading, started. */
export interface FirstItemAddress {
  id: string;
  activity: Promise<{ default: ChoiceActivity }>;
}

/**
 * The page is opened on such an activity (`#/play/<id>`), on a tablet: its chunk starts loading now (the
 * entry asks while the page is still parsing, beside the first item's own code). A projector is driven by
 * the teacher's keys, which only the player answers: it waits for the player.
 */
export function firstItemAt(hash: string): FirstItemAddress | undefined {
  const match = /^#\/play\/([^/?#]+)$/.exec(hash)?.[1];
  const id = match === undefined ? undefined : decodeURIComponent(match);
  const load = id === undefined ? undefined : firstItems[id];
  if (id === undefined || !load || loadPrefs().mode === 'projector') return undefined;
  return { id, activity: load() };
}
