import { defineKind } from '../definition.ts';
import { placementRules } from '../placement.ts';
import { sortLabels, startSort } from './rules.ts';
import { sortActivity } from './schema.ts';
import { sortTemplate } from './template.ts';

/** `sort`: put each thing in its bin. */
export const sortKind = defineKind({
  kind: 'sort',
  schema: sortActivity,
  template: sortTemplate,
  labels: (a) => a.items.map((it) => it.text ?? it.image ?? ''),
  ...placementRules(startSort, sortLabels),
});
