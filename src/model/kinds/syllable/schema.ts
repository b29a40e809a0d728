import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { composeSyllable, isRhyme, ONSETS, spellingRule, splitSyllable, toneFits } from '../../vi/syllable.ts';
import { TONES } from '../../vi/tones.ts';
import { maxAttempts } from '../card-schema.ts';

const syllableText = z
  .string()
  .trim()
  .min(1)
  .check((ctx) => {
    const s = splitSyllable(ctx.value);
    if (!s) ctx.issues.push({ code: 'custom', message: 'syllable.notOne', params: { text: ctx.value }, input: ctx.value });
    else {
      const rule = spellingRule(s.onset, s.rhyme);
      if (rule) ctx.issues.push({ code: 'custom', message: 'syllable.spelling', params: { text: ctx.value, rule }, input: ctx.value });
      // The mark on the letter the rules give it (either style of oa, oe, uy): "múa", not "muá".
      const written = ctx.value.normalize('NFC').toLowerCase();
      const right = composeSyllable(s);
      if (written !== right && written !== composeSyllable(s, 'old')) ctx.issues.push({ code: 'custom', message: 'syllable.markPlace', params: { text: ctx.value, right }, input: ctx.value });
      if (!toneFits(s.rhyme, s.tone)) ctx.issues.push({ code: 'custom', message: 'syllable.stopTone', params: { text: ctx.value, rhyme: s.rhyme }, input: ctx.value });
    }
  });

const item = z.strictObject({
  syllable: syllableText.meta({ description: 'The syllable to build, written as the class writes it: "bà", "hoà" or "hòa".' }),
  image: localizedMedia.optional().meta({ description: 'A picture of the word (the syllable, or a word it is part of).' }),
  word: localizedText.optional().meta({ description: 'The word shown under the picture once built ("bà ngoại").' }),
  audio: localizedMedia.optional().meta({ description: 'A recording of the syllable; speech says it otherwise.' }),
  onsets: z
    .array(z.enum(ONSETS))
    .max(5)
    .optional()
    .meta({ description: 'Wrong âm đầu cards to offer; the player picks some when absent.' }),
  rhymes: z
    .array(z.string().refine(isRhyme, { error: 'syllable.rhyme' }))
    .max(5)
    .optional()
    .meta({ description: 'Wrong vần cards to offer (without tone marks: "an", "ương").' }),
  tones: z
    .array(z.enum(TONES))
    .max(5)
    .optional()
    .meta({ description: 'Wrong thanh cards: ngang, huyen, sac, hoi, nga, nang.' }),
});

/** `syllable` (ghép vần): build a syllable from âm đầu, vần and thanh cards, hear it spelled. */
export const syllableActivity = z.strictObject({
  ...envelope,
  kind: z.literal('syllable').meta({ description: 'syllable: ghép vần, build a syllable from âm đầu + vần + thanh.' }),
  items: z.array(item).min(1).max(30).meta({ description: 'The syllables to build, one by one.' }),
  choices: z.number().int().min(2).max(4).default(3).meta({ description: 'Cards in each row (the right one among them). Default 3.' }),
  maxAttempts: maxAttempts.meta({ description: 'Tries per syllable; after the last wrong one the syllable is built for the child. Default 3.' }),
});

export type SyllableActivity = z.infer<typeof syllableActivity>;
export type SyllableItem = SyllableActivity['items'][number];
