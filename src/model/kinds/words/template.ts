import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `words` activity (`npm run new words`). */
export const wordsTemplate: KindTemplate = {
  subject: 'vietnamese',
  band: 'lop-1',
  competencies: ['nl.ngon-ngu'],
  body: {
    items: [
      { type: 'spell', word: say('mèo', 'cat'), image: 'images/animals/cat.svg' },
      { type: 'sentence', sentence: say('Em yêu bà.', 'I love grandma.') },
    ],
  },
};
