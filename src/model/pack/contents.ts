import { LANGS, type Localized, pick } from '../activity/lang.ts';
import { MEDIA_KEYS, mediaUrls } from '../activity/media-refs.ts';
import type { Activity } from '../activity/schema.ts';
import { type Band, BANDS, bandsOf, SUBJECTS, type Subject } from '../activity/terms.ts';
import type { Lesson } from '../lesson/lesson-schema.ts';
import { PACK_ID } from './ids.ts';
import { isSafePath, mediaPathOf } from './paths.ts';

/**
 * What making a pack shares between `npm run pack` (Node, files of levels/) and the teacher's
 * export (the browser, the library's or the device's own activities): every media reference of
 * a file in both languages, the text with those references rewritten to the pack's own paths,
 * and the manifest fields gathered from the activities.
 */

/** Every picture and sound a parsed activity or lesson names, in both languages, as written. */
export function mediaRefsOf(value: unknown): string[] {
  const refs = new Set<string>();
  for (const lang of LANGS) for (const ref of mediaUrls(value, lang, MEDIA_KEYS)) refs.add(ref);
  return [...refs];
}

/**
 * The text of an activity or lesson with each reference replaced by its key in the pack (the
 * path under media/, e.g. "../mam-non/audio/ca-vi.ogg" → "levels/mam-non/audio/ca-vi.ogg"), as a
 * JSON string literal wherever it stands: the rest of the file keeps its layout and its lines.
 */
export function withPackRefs(text: string, keys: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [ref, key] of keys) if (ref !== key) out = out.split(JSON.stringify(ref)).join(JSON.stringify(key));
  return out;
}

/** The pack key of a reference: the reference itself when it is a safe relative path, else `files/<name>`. */
export function packKeyOf(ref: string): string {
  const clean = ref.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  return isSafePath(mediaPathOf(clean)) ? clean : `files/${clean.slice(clean.lastIndexOf('/') + 1)}`;
}

/** Bands, subjects and competencies gathered from the activities and lessons, in the catalog's order. */
export function gatheredTerms(activities: readonly Activity[], lessons: readonly Lesson[] = []): { bands: Band[]; subjects: Subject[]; competencies: string[] } {
  const bands = new Set<Band>([...activities.flatMap((a) => bandsOf(a)), ...lessons.flatMap((l) => bandsOf(l))]);
  const subjects = new Set<Subject>(activities.map((a) => a.subject));
  const competencies = new Set(activities.flatMap((a) => a.competencies ?? []));
  return { bands: BANDS.filter((b) => bands.has(b)), subjects: SUBJECTS.filter((s) => subjects.has(s)), competencies: [...competencies].sort() };
}

/** A title in both languages from a file's title (one text serves both when only one is written). */
export const bothLangs = (text: Localized) => ({ vi: pick(text, 'vi'), en: pick(text, 'en') });

/** A pack id made from an activity's or lesson's id or a folder's name ("Toán lớp 1" → "toan-lop-1"). */
export function packIdFrom(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return PACK_ID.test(id) ? id : 'goi-hoc-lieu';
}
