/** The languages the player speaks. Vietnamese first: it is the default and the fallback. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text or media file of an activity: one for every language, or one per language. */
export type Localized = string | { vi?: string; en?: string };

/** The version for `lang`, falling back to the other language. */
export function pick(text: Localized, lang: Lang): string {
  if (typeof text === 'string') return text;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return text[lang] ?? text[other] ?? '';
}

/** The same shape, named for what it holds. */
export type LocalizedText = Localized;
export type LocalizedMedia = Localized;

/**
 * A recording for `lang` only: a Vietnamese reading is no reading of the English text, so
 * without its own recording a language is read by speech instead of borrowing the other's.
 */
export function ownRecording(media: Localized | undefined, lang: Lang): string | undefined {
  if (media === undefined) return undefined;
  return typeof media === 'string' ? media : media[lang];
}
