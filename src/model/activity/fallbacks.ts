import { LANGS, type Lang } from './lang.ts';
import { eachProperty } from './media-refs.ts';
import { MEDIA_KEYS } from './media-refs.ts';

/**
 * For authors, while developing: a copy of an activity (or lesson) in which every text missing
 * in `lang` shows the other language's text behind a visible marker, "[vi] Con mèo", so an
 * untranslated text is seen at once instead of passing for a translation. Media are left alone.
 */
export function markFallbacks<T>(value: T, lang: Lang): T {
  const copy = structuredClone(value);
  eachProperty(copy, [], (holder, key) => {
    const v = holder[key];
    if (MEDIA_KEYS.has(key) || v === null || typeof v !== 'object' || Array.isArray(v)) return;
    const keys = Object.keys(v);
    if (keys.length === 0 || !keys.every((k) => (LANGS as readonly string[]).includes(k))) return;
    const texts = v as Partial<Record<Lang, string>>;
    const other = LANGS.find((l) => l !== lang && texts[l] !== undefined);
    if (texts[lang] === undefined && other) holder[key] = { ...texts, [lang]: `[${other}] ${texts[other]}` };
  });
  return copy;
}
