import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `trace` activity (`npm run new trace`). */
export const traceTemplate: KindTemplate = {
  subject: 'vietnamese',
  band: 'lop-1',
  competencies: ['nl.ngon-ngu'],
  body: { items: [{ glyph: 'a', word: say('a: con cá', 'a: a fish') }, { glyph: '1' }] },
};
