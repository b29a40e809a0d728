import { z } from 'zod';
import { textIn, type Texts } from './answer-label.ts';
import { REPORT_FORMAT, sortWrong, type ActivityTally, type ClassReport, type ItemTally, type WrongAnswer } from './class-report.ts';

const text = z.string().max(500);
const texts = z.strictObject({ vi: text.optional(), en: text.optional() });
const count = z.number().int().min(0).max(1_000_000);

/**
 * A report file as another teacher's device wrote it: checked field by field, and nothing but
 * counts and texts (a field that could carry a name or a learner id is refused, not ignored).
 */
const reportFile = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(1),
  classId: z.uuid(),
  generatedAt: z.iso.datetime({ offset: true }),
  activities: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(200),
        title: texts,
        early: z.boolean(),
        classes: count,
        items: z
          .array(
            z.strictObject({
              item: z.number().int().min(1).max(10_000),
              prompt: texts,
              children: count,
              firstTry: count,
              afterHelp: count,
              shown: count,
              wrong: z.array(z.strictObject({ answer: texts, children: count })).max(100),
            }),
          )
          .max(10_000),
      }),
    )
    .max(10_000),
});

/** A report file read back, or why it is not one (the first problem's path). */
export function parseReportFile(raw: unknown): { report: ClassReport } | { error: string } {
  const r = reportFile.safeParse(raw);
  if (r.success) return { report: r.data as ClassReport };
  const issue = r.error.issues[0];
  return { error: issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : 'invalid' };
}

/** Each class once: of two reports of the same class, the newer (its generatedAt) stays. */
export function latestPerClass(reports: Iterable<ClassReport>): ClassReport[] {
  const byClass = new Map<string, ClassReport>();
  for (const r of reports) {
    const had = byClass.get(r.classId);
    if (!had || Date.parse(r.generatedAt) > Date.parse(had.generatedAt)) byClass.set(r.classId, r);
  }
  return [...byClass.values()];
}

/** The cụm's report: several classes' reports summed, each class counted once. */
export interface MergedReport {
  classes: number;
  /** The newest of the reports merged. */
  generatedAt: string;
  activities: ActivityTally[];
}

const itemKey = (i: ItemTally) => `${i.item}|${textIn(i.prompt, 'vi')}`;

export function mergeReports(reports: Iterable<ClassReport>): MergedReport {
  const latest = latestPerClass(reports);
  const activities = new Map<string, ActivityTally>();
  for (const r of latest) {
    for (const a of r.activities) {
      const had = activities.get(a.id);
      activities.set(a.id, had ? mergeActivity(had, a) : { ...a, items: a.items.map((i) => ({ ...i })) });
    }
  }
  const generatedAt = latest.map((r) => r.generatedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? new Date(0).toISOString();
  return { classes: latest.length, generatedAt, activities: [...activities.values()] };
}

function mergeActivity(a: ActivityTally, b: ActivityTally): ActivityTally {
  const items = new Map(a.items.map((i) => [itemKey(i), i]));
  for (const i of b.items) {
    const had = items.get(itemKey(i));
    items.set(
      itemKey(i),
      had
        ? {
            ...had,
            children: had.children + i.children,
            firstTry: had.firstTry + i.firstTry,
            afterHelp: had.afterHelp + i.afterHelp,
            shown: had.shown + i.shown,
            wrong: mergeWrong(had.wrong, i.wrong),
          }
        : { ...i },
    );
  }
  const title: Texts = { ...b.title, ...a.title };
  return { id: a.id, title, early: a.early || b.early, classes: a.classes + b.classes, items: [...items.values()].sort((x, y) => x.item - y.item) };
}

function mergeWrong(a: WrongAnswer[], b: WrongAnswer[]): WrongAnswer[] {
  const byKey = new Map(a.map((w) => [textIn(w.answer, 'vi'), { ...w }]));
  for (const w of b) {
    const had = byKey.get(textIn(w.answer, 'vi'));
    if (had) had.children += w.children;
    else byKey.set(textIn(w.answer, 'vi'), { ...w });
  }
  return sortWrong([...byKey.values()]);
}

/** The activities of one activity or lesson, in the lesson's order (those no class played are left out). */
export function scopeOf(report: MergedReport, activityIds: readonly string[]): ActivityTally[] {
  const byId = new Map(report.activities.map((a) => [a.id, a]));
  return [...new Set(activityIds)].flatMap((id) => {
    const a = byId.get(id);
    return a ? [a] : [];
  });
}
