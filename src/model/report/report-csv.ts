import type { Lang } from '../activity/lang.ts';
import { toCsv } from '../evidence/csv.ts';
import { textIn } from './answer-label.ts';
import { percent, type ActivityTally, type ItemTally } from './class-report.ts';

/** The column names and phrases, in the teacher's language (i18next's, given by the view). */
export interface ReportWords {
  activity: string;
  question: string;
  /** For a primary activity, then for a mầm non one (the early-years words). */
  primary: StageWords;
  early: StageWords;
}

export interface StageWords {
  children: string;
  firstTry: string;
  afterHelp: string;
  shown: string;
  wrong: string;
  /** "3 children" after a wrong answer: `{{n}}` is replaced. */
  wrongCount: string;
}

/** How many wrong answers a row names. */
export const WRONG_SHOWN = 3;

/** An item's three endings as a row shows them: percentages for pupils, counts of children in mầm non (never a score). */
export function endings(i: ItemTally, early: boolean): [string, string, string] {
  const show = (n: number) => (early ? `${n} / ${i.children}` : `${percent(n, i.children)}%`);
  return [show(i.firstTry), show(i.afterHelp), show(i.shown)];
}

/** The most common wrong answers of an item, with how many children gave each. */
export function wrongText(i: ItemTally, lang: Lang, words: StageWords): string {
  return i.wrong
    .slice(0, WRONG_SHOWN)
    .map((w) => `${textIn(w.answer, lang)} (${words.wrongCount.replace('{{n}}', String(w.children))})`)
    .join('; ');
}

/**
 * The report as CSV (UTF-8 with a BOM, so Excel reads Vietnamese): one block per activity,
 * its own header row in its stage's words, then a row per question. No name, no learner id.
 */
export function reportCsv(title: string, classesLine: string, activities: readonly ActivityTally[], lang: Lang, words: ReportWords): string {
  const rows: (string | number)[][] = [[title], [classesLine]];
  for (const a of activities) {
    const w = a.early ? words.early : words.primary;
    rows.push([], [words.activity, textIn(a.title, lang)], [words.question, w.children, w.firstTry, w.afterHelp, w.shown, w.wrong]);
    // Counts of children in mầm non (a spreadsheet would read "3/5" as a date), percentages for pupils.
    const cells = (i: ItemTally) => (a.early ? [i.firstTry, i.afterHelp, i.shown] : endings(i, false));
    for (const i of a.items) rows.push([`${i.item}. ${textIn(i.prompt, lang)}`, i.children, ...cells(i), wrongText(i, lang, w)]);
  }
  return toCsv(rows);
}
