import type { Rng } from '../random.ts';
import { defineKind } from './definition.ts';
import { say, type KindTemplate } from './template.ts';
import { placementRules, startPlacement, type PlacementLabels, type PlacementPlay } from './placement.ts';
import { sortActivity, type SortActivity } from './sort-schema.ts';

/** A sort as a placement: item i goes to its bin; a bin takes any number of items. */
export function startSort(a: SortActivity, rng: Rng): PlacementPlay {
  return startPlacement(
    {
      things: a.items.map((it, i) => ({ id: `i${i + 1}`, place: it.bin })),
      places: a.bins.map((b) => ({ id: b.id, capacity: Number.POSITIVE_INFINITY })),
      maxAttempts: a.maxAttempts,
    },
    rng,
  );
}

export function sortLabels(a: SortActivity): PlacementLabels {
  return { things: a.items.map((it) => it.text ?? it.image ?? ''), places: a.bins.map((b) => b.label), competencies: a.competencies };
}

const sortTemplate: KindTemplate = {
  subject: 'science',
  band: 'mn-5-6',
  competencies: ['mn.nhan-thuc'],
  body: {
    bins: [
      { id: 'chim', label: say('Chìm', 'Sinks') },
      { id: 'noi', label: say('Nổi', 'Floats') },
    ],
    items: [
      { image: 'images/things/stone.svg', text: say('hòn đá', 'stone'), bin: 'chim' },
      { image: 'images/things/leaf.svg', text: say('chiếc lá', 'leaf'), bin: 'noi' },
    ],
  },
};

/** `sort`: put each thing in its bin. */
export const sortKind = defineKind({
  kind: 'sort',
  schema: sortActivity,
  template: sortTemplate,
  labels: (a) => a.items.map((it) => it.text ?? it.image ?? ''),
  ...placementRules(startSort, sortLabels),
});
