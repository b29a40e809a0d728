import type { LearnerActivityCell } from './rollup.ts';

/** What the teacher's summary needs of an activity: its title and its items' labels (1-based order). */
export interface PlayedActivity {
  title: string;
  items: readonly string[];
}

/** Period of the periodic assessment (Thông tư 27, điều 7): giữa and cuối học kì I, giữa học kì II, cuối năm. */
export const PERIODS = ['giua-ki-1', 'cuoi-ki-1', 'giua-ki-2', 'cuoi-nam'] as const;
export type Period = (typeof PERIODS)[number];

/** Where a kept nhận xét lives among the teacher's judgements: one per pupil, period and subject. */
export const summaryCode = (period: Period, subject: string) => `ky.${period}.${subject}`;

const MAX_NAMED = 3;

/** Items of the plays that ended right at once (done well) and those that needed help or were shown. */
export function strengthsAndNext(plays: readonly LearnerActivityCell[], describe: (activity: string) => PlayedActivity | undefined): { well: string[]; next: string[] } {
  const well: string[] = [];
  const next: string[] = [];
  for (const p of plays) {
    const a = describe(p.activity);
    if (!a) continue;
    for (const [item, score] of Object.entries(p.items)) {
      const label = a.items[Number(item) - 1]?.trim();
      if (!label) continue;
      (score === 1 ? well : next).push(label);
    }
  }
  return { well: [...new Set(well)].slice(0, MAX_NAMED), next: [...new Set(next)].slice(0, MAX_NAMED) };
}

const quote = (xs: string[], lang: 'vi' | 'en') => xs.map((x) => (lang === 'vi' ? `“${x}”` : `"${x}"`)).join(', ');

/**
 * A short nhận xét for one subject, drafted from the evidence in plain words: what the pupil does
 * well and what to practise next, naming the real items. A draft: the teacher edits it before it
 * is kept. Never compares the pupil with anyone.
 */
export function draftComment(plays: readonly LearnerActivityCell[], describe: (activity: string) => PlayedActivity | undefined, lang: 'vi' | 'en'): string {
  const { well, next } = strengthsAndNext(plays, describe);
  const titles = [...new Set(plays.map((p) => describe(p.activity)?.title).filter((x): x is string => !!x))];
  const out: string[] = [];
  if (lang === 'vi') {
    if (titles.length) out.push(`Em đã làm bài ${quote(titles.slice(0, MAX_NAMED), lang)}.`);
    if (well.length) out.push(`Em làm đúng ngay: ${quote(well, lang)}.`);
    out.push(next.length ? `Em cần luyện thêm: ${quote(next, lang)}.` : 'Em tiếp tục luyện tập để giữ vững kết quả.');
  } else {
    if (titles.length) out.push(`Played ${quote(titles.slice(0, MAX_NAMED), lang)}.`);
    if (well.length) out.push(`Right at once: ${quote(well, lang)}.`);
    out.push(next.length ? `To practise next: ${quote(next, lang)}.` : 'Keeps practising to hold these results.');
  }
  return out.join(' ');
}
