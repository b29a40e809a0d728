import { z } from 'zod';
import { envelope } from '../../activity/envelope.ts';
import { localizedMedia, localizedText } from '../../activity/localized.ts';
import { maxAttempts } from '../card-schema.ts';

/** A list of words per language, or one list for all. */
const wordList = z
  .union([z.array(z.string().trim().min(1)).max(8), z.strictObject({ vi: z.array(z.string().trim().min(1)).max(8).optional(), en: z.array(z.string().trim().min(1)).max(8).optional() })])
  .meta({ description: 'Extra cards that do not belong (a list, or { "vi": [...], "en": [...] }).' });

const common = {
  image: localizedMedia.optional(),
  audio: localizedMedia.optional().meta({ description: 'A recording of the answer; speech says it otherwise.' }),
  extra: wordList.optional(),
};

const spell = z.strictObject({
  type: z.literal('spell').meta({ description: 'spell: build the word from letter or syllable cards.' }),
  word: localizedText.meta({ description: 'The word to spell ("mèo", or { "vi": "mèo", "en": "cat" }).' }),
  by: z.enum(['letter', 'syllable']).default('letter').meta({ description: 'Cards are letters (default) or syllables ("con" + "mèo").' }),
  ...common,
});

const sentence = z.strictObject({
  type: z.literal('sentence').meta({ description: 'sentence: put the words of a sentence in order.' }),
  sentence: localizedText.meta({ description: 'The sentence, in order; its words are shuffled. End punctuation stays in place.' }),
  ...common,
});

const blank = z
  .strictObject({
    type: z.literal('blank').meta({ description: 'blank: fill the blank from a bank of words.' }),
    sentence: localizedText.meta({ description: 'The sentence with ___ where the missing word goes.' }),
    answer: localizedText.meta({ description: 'The word that fills the blank.' }),
    ...common,
  })
  .check((ctx) => {
    const s = ctx.value.sentence;
    const texts = typeof s === 'string' ? [s] : Object.values(s);
    if (texts.some((t) => t !== undefined && (t.match(/___/g) ?? []).length !== 1)) ctx.issues.push({ code: 'custom', message: 'words.blank', input: s, path: ['sentence'] });
  });

/** `words`: spell a pictured word, order words into a sentence, fill a blank from a word bank. */
export const wordsActivity = z.strictObject({
  ...envelope,
  kind: z.literal('words').meta({ description: 'words: spell a word, order a sentence, fill a blank.' }),
  items: z.array(z.discriminatedUnion('type', [spell, sentence, blank])).min(1).max(30).meta({ description: 'The rounds: spell a word, order a sentence, or fill a blank.' }),
  maxAttempts: maxAttempts.meta({ description: 'Wrong drops per slot; after the last one the right card goes there by itself. Default 3.' }),
});

export type WordsActivity = z.infer<typeof wordsActivity>;
export type WordsItem = WordsActivity['items'][number];
