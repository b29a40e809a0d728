import { defineKind } from '../definition.ts';
import { placementRules } from '../placement.ts';
import { sequenceLabels, startSequence } from './rules.ts';
import { sequenceActivity } from './schema.ts';
import { sequenceTemplate } from './template.ts';

/** `sequence`: put the cards in order. */
export const sequenceKind = defineKind({
  kind: 'sequence',
  schema: sequenceActivity,
  template: sequenceTemplate,
  labels: (a) => a.cards.map((c) => c.text ?? c.image ?? ''),
  ...placementRules(startSequence, sequenceLabels),
});
