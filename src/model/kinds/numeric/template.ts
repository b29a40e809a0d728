import type { KindTemplate } from '../template.ts';

/** The smallest valid `numeric` activity (`npm run new numeric`). */
export const numericTemplate: KindTemplate = {
  subject: 'math',
  band: 'lop-1',
  competencies: ['nl.tinh-toan'],
  body: { items: [{ prompt: '3 + 4 = ?', answer: 7 }, { compare: [5, 8] }] },
};
