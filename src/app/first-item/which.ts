import type { Activity } from '../../model/activity/schema.ts';
import { bandsOf } from '../../model/activity/terms.ts';
import type { ChoiceActivity } from '../../model/kinds/choice/schema.ts';
import { isMultiple } from '../../model/kinds/choice/rules.ts';

/**
 * Whether an activity's first item can be drawn and played before the engine has loaded (first-item.ts):
 * a `choice` whose first question has one right answer among words (no pictures on the cards), for
 * children who read. A mầm non activity is left to the engine: its children cannot read yet, so every
 * question starts read aloud, which only the engine does.
 */
export function playsFirstItemEarly(a: Activity): a is ChoiceActivity {
  if (a.kind !== 'choice' || bandsOf(a).some((b) => b.startsWith('mn-'))) return false;
  const item = a.items[0];
  return !!item && !isMultiple(item) && item.options.every((o) => o.text !== undefined && o.image === undefined);
}
