import type { AnswerEvidence } from '../../evidence/answer-evidence.ts';
import type { Rng } from '../../random.ts';
import { answerChoice, choiceEvidence, startChoice, type ChoiceOutcome, type ChoicePlay } from '../choice/rules.ts';
import type { ChoiceActivity } from '../choice/schema.ts';
import { summaryOf } from '../score.ts';
import type { StoryActivity, StoryPage } from './schema.ts';

/**
 * Where a reader is in a story: the page, the way back, what was found, which questions were
 * answered. Pages turn forward to `next`, the following page, or a chosen branch; back returns
 * along the way the child came (not to the page before in the file).
 */
export interface StoryPlay {
  readonly page: number;
  readonly trail: readonly number[];
  /** Hotspots found: "page:hotspot" keys. */
  readonly found: readonly string[];
  /** Score of each question answered, by page index. */
  readonly answers: Readonly<Record<number, number>>;
}

export type Turn = { type: 'page'; page: number } | { type: 'end' } | { type: 'blocked'; why: 'choose' | 'answer' };

export const startStory = (): StoryPlay => ({ page: 0, trail: [], found: [], answers: {} });

/** A checkpoint read back after a reload: only a well-formed one whose pages exist in this story. */
export function isStoryPlay(v: unknown, a: StoryActivity): v is StoryPlay {
  const p = v as StoryPlay | undefined;
  const page = (n: unknown) => Number.isInteger(n) && (n as number) >= 0 && (n as number) < a.pages.length;
  return (
    !!p && typeof p === 'object' && page(p.page) && Array.isArray(p.trail) && p.trail.every(page) &&
    Array.isArray(p.found) && p.found.every((f) => typeof f === 'string') && !!p.answers && typeof p.answers === 'object'
  );
}

export const pageOf = (a: StoryActivity, p: StoryPlay): StoryPage => a.pages[p.page]!;
const indexOf = (a: StoryActivity, id: string) => a.pages.findIndex((pg) => pg.id === id);

/** Where "next" leads from the current page. */
export function forward(a: StoryActivity, p: StoryPlay): Turn {
  const page = pageOf(a, p);
  if (page.question && p.answers[p.page] === undefined) return { type: 'blocked', why: 'answer' };
  if (page.choices) return { type: 'blocked', why: 'choose' };
  if (page.end) return { type: 'end' };
  const to = page.next ? indexOf(a, page.next) : p.page + 1;
  return to >= 0 && to < a.pages.length ? { type: 'page', page: to } : { type: 'end' };
}

export function goTo(p: StoryPlay, page: number): StoryPlay {
  return { ...p, page, trail: [...p.trail, p.page] };
}

export function turnForward(a: StoryActivity, p: StoryPlay): { play: StoryPlay; turn: Turn } {
  const turn = forward(a, p);
  return { play: turn.type === 'page' ? goTo(p, turn.page) : p, turn };
}

export function turnBack(p: StoryPlay): StoryPlay | undefined {
  if (p.trail.length === 0) return undefined;
  return { ...p, page: p.trail[p.trail.length - 1]!, trail: p.trail.slice(0, -1) };
}

/** A choice point: follow the branch (the schema made sure the page exists). */
export function choose(a: StoryActivity, p: StoryPlay, choice: number): StoryPlay | undefined {
  const goto = pageOf(a, p).choices?.[choice]?.goto;
  const to = goto === undefined ? -1 : indexOf(a, goto);
  return to >= 0 ? goTo(p, to) : undefined;
}

export const hotspotId = (page: StoryPage, i: number) => page.hotspots[i]?.id ?? String(i + 1);

/** Tap a hotspot: returns whether it is a new discovery. */
export function discover(a: StoryActivity, p: StoryPlay, i: number): { play: StoryPlay; first: boolean } {
  const key = `${p.page}:${hotspotId(pageOf(a, p), i)}`;
  if (p.found.includes(key)) return { play: p, first: false };
  return { play: { ...p, found: [...p.found, key] }, first: true };
}

export function answered(p: StoryPlay, score: number): StoryPlay {
  return { ...p, answers: { ...p.answers, [p.page]: score } };
}

/** A question page as a one-item choice activity, so the choice rules judge it. */
export function questionActivity(a: StoryActivity, page: StoryPage): ChoiceActivity | undefined {
  if (!page.question) return undefined;
  const { pages: _pages, kind: _kind, ...envelope } = a;
  return { ...envelope, kind: 'choice', items: [page.question], maxAttempts: 3, hintAfter: 1, shuffle: true };
}

/** Stars come from the questions; a story without questions is explored, not graded: 3 stars. */
export function storySummary(p: StoryPlay) {
  const scores = Object.values(p.answers);
  return scores.length ? summaryOf(scores) : { raw: 1, max: 1, stars: 3 as const };
}

/** Pages a child can reach from the first (unreachable ones are an authoring mistake). */
export function reachablePages(a: StoryActivity): Set<number> {
  const seen = new Set<number>();
  const todo = [0];
  while (todo.length) {
    const i = todo.pop()!;
    if (seen.has(i) || !a.pages[i]) continue;
    seen.add(i);
    const page = a.pages[i];
    if (page.choices) for (const c of page.choices) todo.push(indexOf(a, c.goto));
    else if (!page.end) todo.push(page.next ? indexOf(a, page.next) : i + 1);
  }
  return seen;
}

/** An answer to a page's question: the question's own choice play (one item) and the options selected. */
export interface StoryAnswer {
  question: ChoicePlay;
  selected: readonly number[];
}

export interface StoryOutcome {
  question: ChoicePlay;
  choice: ChoiceOutcome;
}

/** The page's question as a choice play, on its own seed (the same options order on every reload). */
export function startQuestion(a: StoryActivity, p: StoryPlay, rng: Rng): ChoicePlay | undefined {
  const quiz = questionActivity(a, pageOf(a, p));
  return quiz && startChoice(quiz, rng);
}

/** The choice rules judge the question; once it ends (right, or shown) the story may go on. */
export function answerQuestion(p: StoryPlay, input: StoryAnswer): { play: StoryPlay; outcome: StoryOutcome } {
  const r = answerChoice(input.question, input.selected);
  const o = r.outcome;
  const play = o.type === 'correct' || o.type === 'revealed' ? answered(p, o.result.score) : p;
  return { play, outcome: { question: r.play, choice: o } };
}

/** A question's evidence: the choice interaction, numbered among the story's questions, with the question's competencies. */
export function questionEvidence(a: StoryActivity, p: StoryPlay, input: StoryAnswer, outcome: StoryOutcome): AnswerEvidence | undefined {
  const ev = choiceEvidence(input.question, input.selected, outcome.choice);
  if (!ev) return undefined;
  const itemIndex = a.pages.slice(0, p.page).filter((pg) => pg.question).length;
  return { ...ev, itemIndex, competencies: pageOf(a, p).question?.competencies ?? a.competencies };
}
