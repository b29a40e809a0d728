import { activityIdOf } from '../evidence/rollup.ts';
import { IRI, VERBS, type Statement } from '../evidence/xapi.ts';
import { WHOLE_CLASS_ID } from '../learners/learner.ts';
import { schoolingOf, type Stage } from '../learners/stage.ts';
import { answerLabel, textIn, textsOf, type Texts } from './answer-label.ts';

/** How many wrong answers of an item a report file keeps (the view shows the first few). */
export const WRONG_KEPT = 10;

/** One wrong answer and how many children gave it (each child once). */
export interface WrongAnswer {
  answer: Texts;
  children: number;
}

/**
 * One question of an activity, for the whole class: how each counted child's first play of it
 * ended, and what they answered wrongly on the way. No learner, no name: only counts.
 */
export interface ItemTally {
  /** Its number in the activity (1 for the first). */
  item: number;
  prompt: Texts;
  children: number;
  /** Right at the first try with no hint. */
  firstTry: number;
  /** Right after help: a hint, or a second or later try. */
  afterHelp: number;
  /** Not reached right: the answer was shown (after the last try, or by the teacher). */
  shown: number;
  /** Most common first. */
  wrong: WrongAnswer[];
}

export interface ActivityTally {
  id: string;
  title: Texts;
  /** A mầm non activity (every band a preschool one): the early-years words, counts of children, no percentages. */
  early: boolean;
  /** How many classes' reports it comes from (1 for one class). */
  classes: number;
  items: ItemTally[];
}

/** One class's report, as a file a teacher takes to the cụm meeting: no names, no learner ids. */
export interface ClassReport {
  format: typeof REPORT_FORMAT;
  version: 1;
  /** A random UUID of this class on this device (made once): the same class imported twice counts once. */
  classId: string;
  generatedAt: string;
  activities: ActivityTally[];
}

export const REPORT_FORMAT = 'lopvui-class-report';

export interface ClassReportInput {
  classId: string;
  generatedAt: string;
  statements: Iterable<Statement>;
  /** Whether an activity is for mầm non only (its bands). */
  early(activityId: string): boolean;
}

const ITEM = /:item:(\d+)$/;
const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** The item a statement answers and its key (number and question: another version's item 3 is another question). */
function itemOf(s: Statement): { activity: string; item: number; prompt: Texts; key: string } | undefined {
  if (s.verb.id !== VERBS.answered.id) return undefined;
  const m = ITEM.exec(s.object.id);
  if (!m?.[1]) return undefined;
  const prompt = textsOf(s.object.definition?.name);
  const item = Number(m[1]);
  return { activity: activityIdOf(s.object.id), item, prompt, key: `${item}|${textIn(prompt, 'vi')}` };
}

/** Which of the three ways an item ended, from the statement that ended it (`completion: true`). */
export function endingOf(s: Statement): 'firstTry' | 'afterHelp' | 'shown' {
  if (s.result?.success !== true) return 'shown';
  const attempt = num(s.result.extensions?.[IRI.ext.attempt], 1);
  const hints = num(s.result.extensions?.[IRI.ext.hints], 0);
  return attempt <= 1 && hints === 0 ? 'firstTry' : 'afterHelp';
}

interface Play {
  registration: string;
  statements: Statement[];
  end?: Statement;
}

/**
 * The class's report from the device's statements. Each child counts once per question: the
 * first play (xAPI registration) in which the child finished it; its ending says first try,
 * after help or shown, and its wrong answers are what the child chose or typed before (each
 * distinct answer once per child). The whole class on the projector is no child: not counted.
 * A question left unfinished is not counted.
 */
export function classReport(input: ClassReportInput): ClassReport {
  // activity → item key → learner → registration → the play
  const tree = new Map<string, { title: Texts; items: Map<string, { item: number; prompt: Texts; learners: Map<string, Map<string, Play>> }> }>();
  for (const s of input.statements) {
    const it = itemOf(s);
    const learner = s.actor.account.name;
    if (!it || learner === WHOLE_CLASS_ID) continue;
    let a = tree.get(it.activity);
    if (!a) tree.set(it.activity, (a = { title: textsOf(s.context.contextActivities.parent?.[0]?.definition?.name), items: new Map() }));
    let i = a.items.get(it.key);
    if (!i) a.items.set(it.key, (i = { item: it.item, prompt: it.prompt, learners: new Map() }));
    let plays = i.learners.get(learner);
    if (!plays) i.learners.set(learner, (plays = new Map()));
    const reg = s.context.registration;
    let play = plays.get(reg);
    if (!play) plays.set(reg, (play = { registration: reg, statements: [] }));
    play.statements.push(s);
    if (s.result?.completion === true && (!play.end || s.timestamp < play.end.timestamp)) play.end = s;
  }
  const activities: ActivityTally[] = [];
  for (const [id, a] of tree) {
    const items: ItemTally[] = [];
    for (const i of a.items.values()) {
      const tally: ItemTally = { item: i.item, prompt: i.prompt, children: 0, firstTry: 0, afterHelp: 0, shown: 0, wrong: [] };
      const wrong = new Map<string, WrongAnswer>();
      for (const plays of i.learners.values()) {
        const finished = [...plays.values()].filter((p) => p.end).sort((x, y) => (x.end!.timestamp < y.end!.timestamp ? -1 : 1));
        const first = finished[0];
        if (!first?.end) continue;
        tally.children += 1;
        tally[endingOf(first.end)] += 1;
        const mine = new Set<string>();
        for (const s of first.statements) {
          if (s.result?.success !== false || s.timestamp > first.end.timestamp) continue;
          const label = answerLabel(s);
          const key = label && textIn(label, 'vi');
          if (!label || !key || mine.has(key)) continue;
          mine.add(key);
          const w = wrong.get(key) ?? { answer: label, children: 0 };
          w.children += 1;
          wrong.set(key, w);
        }
      }
      if (tally.children === 0) continue;
      tally.wrong = sortWrong([...wrong.values()]);
      items.push(tally);
    }
    if (items.length === 0) continue;
    items.sort((x, y) => x.item - y.item);
    activities.push({ id, title: a.title, early: input.early(id), classes: 1, items });
  }
  activities.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { format: REPORT_FORMAT, version: 1, classId: input.classId, generatedAt: input.generatedAt, activities };
}

/** Most children first, then by the answer's words; at most WRONG_KEPT. */
export function sortWrong(list: WrongAnswer[]): WrongAnswer[] {
  return [...list].sort((a, b) => b.children - a.children || textIn(a.answer, 'vi').localeCompare(textIn(b.answer, 'vi'), 'vi')).slice(0, WRONG_KEPT);
}

/** An activity for mầm non only (every band a preschool age group): its report speaks the early-years words. A mixed one is assessed as primary. */
export const earlyYearsOnly = (bands: readonly Stage[]) => bands.length > 0 && bands.every((b) => schoolingOf(b) === 'mam-non');

/** The share of `part` in `whole`, in whole percents. */
export const percent = (part: number, whole: number) => (whole > 0 ? Math.round((100 * part) / whole) : 0);
