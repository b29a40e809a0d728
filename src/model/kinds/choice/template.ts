import { say, type KindTemplate } from '../template.ts';

/** The smallest valid `choice` activity (`npm run new choice`). */
export const choiceTemplate: KindTemplate = {
  subject: 'science',
  band: 'mn-4-5',
  competencies: ['mn.nhan-thuc'],
  body: {
    items: [
      {
        prompt: say('Con nào kêu meo meo?', 'Which animal says meow?'),
        options: [
          { image: 'images/animals/cat.svg', text: say('mèo', 'cat'), correct: true },
          { image: 'images/animals/dog.svg', text: say('chó', 'dog') },
        ],
      },
    ],
  },
};
