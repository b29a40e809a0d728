import { z } from 'zod';
import { competencies, envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';

const option = z
  .strictObject({
    text: localizedText.optional(),
    image: localizedMedia.optional(),
    correct: z.boolean().default(false).meta({ description: 'true for a right answer; several may be right.' }),
  })
  .refine((o) => o.text !== undefined || o.image !== undefined, { error: 'choice.option.empty' });

export const choiceItem = z
  .strictObject({
    prompt: localizedText.meta({ description: 'The question, read aloud when there is no recording.' }),
    image: localizedMedia.optional().meta({ description: 'A picture beside the question.' }),
    audio: localizedMedia.optional().meta({ description: 'A recording of the question.' }),
    hint: localizedText.optional().meta({ description: 'Shown and read after hintAfter wrong tries.' }),
    competencies: competencies.optional().meta({ description: 'Replaces the activity competencies for this item.' }),
    options: z.array(option).min(2).max(6).meta({ description: 'The answers to choose from: text and/or image; "correct": true on each right one (several: the child selects them, then Check).' }),
  })
  .refine((i) => i.options.some((o) => o.correct), { error: 'choice.noCorrect', path: ['options'] });

/** `choice`: a prompt with 2–6 options, one or several right. */
export const choiceActivity = z.strictObject({
  ...envelope,
  kind: z.literal('choice').meta({ description: 'choice: tap the right picture or word (several right ones: select them, then Check).' }),
  items: z.array(choiceItem).min(1).max(50).meta({ description: 'The questions, asked one by one.' }),
  maxAttempts: z
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ description: 'Tries per question; after the last wrong try the answer is shown. Default 3.' }),
  hintAfter: z
    .number()
    .int()
    .min(0)
    .max(10)
    .default(1)
    .meta({ description: 'Wrong tries before a hint (the hint text, and one wrong option fades). 0: no hints. Default 1.' }),
  shuffle: z.boolean().default(true).meta({ description: 'Shuffle the options of each question. Default true.' }),
});

export type ChoiceActivity = z.infer<typeof choiceActivity>;
export type ChoiceItem = ChoiceActivity['items'][number];
export type ChoiceOption = ChoiceItem['options'][number];
