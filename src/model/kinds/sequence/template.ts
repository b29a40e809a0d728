import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `sequence` activity (`npm run new sequence`). */
export const sequenceTemplate: KindTemplate = {
  subject: 'science',
  band: 'lop-1',
  competencies: ['nl.khoa-hoc'],
  body: {
    cards: [
      { image: 'images/plant/seed.svg', text: say('Hạt', 'Seed') },
      { image: 'images/plant/sprout.svg', text: say('Nảy mầm', 'Sprout') },
      { image: 'images/plant/flower.svg', text: say('Ra hoa', 'Flower') },
    ],
  },
};
