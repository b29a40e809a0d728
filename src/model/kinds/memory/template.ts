import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `memory` activity (`npm run new memory`). */
export const memoryTemplate: KindTemplate = {
  subject: 'vietnamese',
  band: 'mn-5-6',
  competencies: ['mn.ngon-ngu'],
  body: {
    pairs: [
      { a: { image: 'images/animals/cat.svg' }, b: { text: say('mèo', 'cat') } },
      { a: { image: 'images/animals/dog.svg' }, b: { text: say('chó', 'dog') } },
    ],
  },
};
