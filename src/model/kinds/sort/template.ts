import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `sort` activity (`npm run new sort`). */
export const sortTemplate: KindTemplate = {
  subject: 'science',
  band: 'mn-5-6',
  competencies: ['mn.nhan-thuc'],
  body: {
    bins: [
      { id: 'chim', label: say('Chìm', 'Sinks') },
      { id: 'noi', label: say('Nổi', 'Floats') },
    ],
    items: [
      { image: 'images/things/stone.svg', text: say('hòn đá', 'stone'), bin: 'chim' },
      { image: 'images/things/leaf.svg', text: say('chiếc lá', 'leaf'), bin: 'noi' },
    ],
  },
};
