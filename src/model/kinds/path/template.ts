import type { KindTemplate } from '../template.ts';

/** The smallest valid `path` activity (`npm run new path`). */
export const pathTemplate: KindTemplate = {
  subject: 'technology',
  band: 'lop-2',
  competencies: ['nl.tin-hoc'],
  body: { items: [{ cols: 4, rows: 3, start: { x: 0, y: 1 }, goal: { x: 3, y: 1 } }] },
};
