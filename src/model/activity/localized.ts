import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);
const perLang = z
  .strictObject({ vi: nonEmpty.optional(), en: nonEmpty.optional() })
  .refine((t) => t.vi !== undefined || t.en !== undefined, { error: 'localized.empty' });

/**
 * A text a teacher writes: either one plain string (used for every language)
 * or one string per language. A missing language falls back to the other, with a warning.
 */
export const localizedText = z.union([nonEmpty, perLang]).meta({
  description: 'A text: a plain string, or { "vi": "…", "en": "…" } for one text per language.',
});
export type LocalizedText = z.infer<typeof localizedText>;

/** A media file (picture or sound), one for all languages or one per language. */
export const localizedMedia = z.union([nonEmpty, perLang]).meta({
  description: 'A media file, relative to this activity file or to public/: "images/cat.svg", or { "vi": "…", "en": "…" }.',
});
export type LocalizedMedia = z.infer<typeof localizedMedia>;
