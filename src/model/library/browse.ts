import { type Lang, pick } from '../activity/lang.ts';
import type { LibraryEntry } from './library-index.ts';

/** What the teacher narrows the list by; an empty field narrows nothing. */
export interface LibraryFilter {
  band?: string;
  subject?: string;
  competency?: string;
  school?: string;
  query?: string;
}

/** The values each filter offers: only those some pack of this library has. */
export interface Facets {
  bands: string[];
  subjects: string[];
  competencies: string[];
  schools: string[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort(new Intl.Collator('vi').compare);

export function facets(entries: readonly LibraryEntry[]): Facets {
  return {
    bands: sorted(entries.flatMap((e) => e.manifest.bands)),
    subjects: sorted(entries.flatMap((e) => e.manifest.subjects)),
    competencies: sorted(entries.flatMap((e) => e.manifest.competencies)),
    schools: sorted(entries.flatMap((e) => (e.manifest.school ? [e.manifest.school] : []))),
  };
}

/**
 * Text for search as a teacher types it: lower case, without any diacritic and with đ as d, so
 * "toan" finds "Toán" on a keyboard without Vietnamese input. (Only search folds this far; the
 * reading model keeps every mark.)
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
}

/** Each entry's folded text, made once (a library of hundreds of packs is filtered at every key press). */
const texts = new WeakMap<LibraryEntry, string>();

function haystack(e: LibraryEntry): string {
  const known = texts.get(e);
  if (known !== undefined) return known;
  const m = e.manifest;
  const both = (t: typeof m.title | undefined) => (t === undefined ? [] : typeof t === 'string' ? [t] : [t.vi ?? '', t.en ?? '']);
  const text = fold([m.id, ...both(m.title), ...both(m.description), ...m.authors, m.school ?? '', m.cluster ?? '', ...m.competencies].join('\n'));
  texts.set(e, text);
  return text;
}

/** The packs that pass every filter, and whose text holds every word of the query; by title in the teacher's language. */
export function filterPacks(entries: readonly LibraryEntry[], f: LibraryFilter, lang: Lang): LibraryEntry[] {
  const words = fold(f.query ?? '').split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator(lang);
  return entries
    .filter((e) => {
      const m = e.manifest;
      if (f.band && !m.bands.includes(f.band)) return false;
      if (f.subject && !m.subjects.includes(f.subject)) return false;
      if (f.competency && !m.competencies.includes(f.competency)) return false;
      if (f.school && m.school !== f.school) return false;
      if (!words.length) return true;
      const text = haystack(e);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => collator.compare(pick(a.manifest.title, lang), pick(b.manifest.title, lang)));
}
