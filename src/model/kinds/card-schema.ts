import { z } from 'zod';
import { localizedMedia, localizedText } from '../activity/localized.ts';

/** What a card shows: a word, a picture, or both. Shared by the kinds that move cards around. */
export const cardFields = {
  text: localizedText.optional(),
  image: localizedMedia.optional(),
};

export const hasContent = (c: { text?: unknown; image?: unknown }) => c.text !== undefined || c.image !== undefined;

export const card = z.strictObject(cardFields).refine(hasContent, { error: 'card.empty' });

/** Tries per card before it goes to its place by itself. */
export const maxAttempts = z
  .number()
  .int()
  .min(1)
  .max(10)
  .default(3)
  .meta({ description: 'Tries per card; after the last wrong one the card goes to its place by itself. Default 3.' });
