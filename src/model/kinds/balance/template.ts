import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `balance` activity (`npm run new balance`). */
export const balanceTemplate: KindTemplate = {
  subject: 'science',
  band: 'lop-1',
  competencies: ['nl.khoa-hoc'],
  body: {
    objects: [
      { id: 'tao', text: say('quả táo', 'apple'), image: 'images/math/apple.svg', mass: 3 },
      { id: 'khoi', text: say('khối vuông', 'cube'), image: 'images/math/cube.svg', mass: 1 },
    ],
    items: [
      { task: 'heavier', left: ['tao'], right: ['khoi'] },
      { task: 'balance', left: ['tao'], shelf: ['khoi', 'khoi', 'khoi', 'khoi'] },
    ],
  },
};
