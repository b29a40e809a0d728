import { pick, type Lang, type LocalizedMedia } from './lang.ts';

export type JsonPath = (string | number)[];

/** Keys whose string values (or per-language values) name media files to check and resolve. */
export const MEDIA_KEYS = new Set(['image', 'audio', 'icon', 'sound']);

/** Calls `visit` for every property of every object in a JSON value, depth first, with its path. */
export function eachProperty(value: unknown, path: JsonPath, visit: (holder: Record<string, unknown>, key: string, path: JsonPath) => void): void {
  if (Array.isArray(value)) value.forEach((v, i) => eachProperty(v, [...path, i], visit));
  else if (value !== null && typeof value === 'object') {
    const holder = value as Record<string, unknown>;
    for (const k of Object.keys(holder)) {
      visit(holder, k, [...path, k]);
      eachProperty(holder[k], [...path, k], visit);
    }
  }
}

/** The URLs of every media field named in `keys` (image, icon…) an activity uses in `lang`, once each. */
export function mediaUrls(activity: unknown, lang: Lang, keys: ReadonlySet<string>): string[] {
  const urls = new Set<string>();
  eachProperty(activity, [], (holder, key) => {
    const v = holder[key];
    if (keys.has(key) && (typeof v === 'string' || (v !== null && typeof v === 'object'))) {
      const url = pick(v as LocalizedMedia, lang);
      if (url) urls.add(url);
    }
  });
  return [...urls];
}
