import { defineKind } from '../definition.ts';
import { placementRules } from '../placement.ts';
import { matchLabels, startMatch } from './rules.ts';
import { matchActivity } from './schema.ts';
import { matchTemplate } from './template.ts';

/** `match`: join each left card to its partner on the right. */
export const matchKind = defineKind({
  kind: 'match',
  schema: matchActivity,
  template: matchTemplate,
  labels: (a) => a.pairs.map((p) => p.left.text ?? p.left.image ?? ''),
  ...placementRules(startMatch, matchLabels),
});
