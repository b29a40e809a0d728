import type { KindTemplate } from '../template.ts';

/** The smallest valid `count` activity (`npm run new count`). */
export const countTemplate: KindTemplate = {
  subject: 'math',
  band: 'mn-4-5',
  competencies: ['cs5.104'],
  body: { image: 'images/animals/duck.svg', items: [{ count: 3 }, { count: 5 }] },
};
