import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `story` activity (`npm run new story`). */
export const storyTemplate: KindTemplate = {
  subject: 'story',
  band: 'mn-3-4',
  competencies: ['mn.ngon-ngu'],
  body: {
    pages: [
      {
        image: 'images/scenes/yard.svg',
        text: say('Mèo con ra sân chơi.', 'The kitten goes out to play.'),
        hotspots: [{ x: 40, y: 58, w: 13, h: 30, label: say('mèo con', 'kitten'), image: 'images/animals/cat.svg' }],
      },
      { image: 'images/scenes/pond.svg', text: say('Mèo con gặp bạn vịt. Hết.', 'The kitten meets a duck. The end.'), end: true },
    ],
  },
};
