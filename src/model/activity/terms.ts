/** Age bands of mầm non and the grades of tiểu học: the menu filters by them. */
export const BANDS = ['mn-3-4', 'mn-4-5', 'mn-5-6', 'lop-1', 'lop-2', 'lop-3', 'lop-4', 'lop-5'] as const;
export type Band = (typeof BANDS)[number];

/** Subjects the menu groups by (early-years areas and primary subjects share one list). */
export const SUBJECTS = ['math', 'vietnamese', 'science', 'technology', 'story', 'arts', 'english', 'life'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The bands of an activity as a list (the file may give one band or several). */
export function bandsOf(a: { band: Band | readonly Band[] }): Band[] {
  return Array.isArray(a.band) ? [...a.band] : [a.band as Band];
}
