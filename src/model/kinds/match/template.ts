import type { KindTemplate } from '../template.ts';

/** The smallest valid `match` activity (`npm run new match`). */
export const matchTemplate: KindTemplate = {
  subject: 'math',
  band: 'mn-5-6',
  competencies: ['cs5.104'],
  body: {
    pairs: [
      { left: { text: '3' }, right: { image: 'images/math/apples-3.svg' } },
      { left: { text: '4' }, right: { image: 'images/math/apples-4.svg' } },
    ],
  },
};
