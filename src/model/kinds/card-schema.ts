import { z } from 'zod';
import { localizedMedia, localizedText } from '../activity/localized.ts';

/** What a card shows: a word, a picture, or both. Shared by the kinds that move cards around. */
export const cardFields = {
  text: localizedText.optional(),
  image: localizedMedia.optional(),
};

export const hasContent = (c: { text?: unknown; image?: unknown }) => c.text !== undefined || c.image !== undefined;

export const card = z.strictObject(cardFields).refine(hasContent, { error: 'card.empty' });

/**
 * Cards a child cannot tell apart (the same words and picture): where their place matters
 * (a sequence, a match) the player could not say which one is right. Index pairs [first, again].
 */
export function lookAlikes(cards: readonly { text?: unknown; image?: unknown }[]): [number, number][] {
  const first = new Map<string, number>();
  const out: [number, number][] = [];
  cards.forEach((c, i) => {
    const key = JSON.stringify([c.text, c.image]);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else out.push([seen, i]);
  });
  return out;
}

/** Tries per card before it goes to its place by itself. */
export const maxAttempts = z
  .number()
  .int()
  .min(1)
  .max(10)
  .default(3)
  .meta({ description: 'Tries per card; after the last wrong one the card goes to its place by itself. Default 3.' });

/** Wrong tries before the kind's hint (model/kinds/tries.ts hintDue); the same field as choice's. */
export const hintAfter = z
  .number()
  .int()
  .min(0)
  .max(10)
  .default(1)
  .meta({ description: 'Wrong tries before a hint shows the way (after the wrong mark). 0: no hints. Default 1.' });
