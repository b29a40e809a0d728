import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `syllable` activity (`npm run new syllable`). */
export const syllableTemplate: KindTemplate = {
  subject: 'vietnamese',
  band: 'lop-1',
  competencies: ['nl.ngon-ngu'],
  body: {
    items: [
      { syllable: 'bà', word: say('bà ngoại', 'grandma') },
      { syllable: 'cá', image: 'images/animals/fish.svg' },
    ],
  },
};
