import { itemScore } from '../kinds/score.ts';
import { IRI, VERBS, type Statement } from './xapi.ts';

/**
 * Running totals kept as statements arrive, so the teacher's view never scans every record.
 * Only an item's final answer counts (right, or the answer shown): 1 if right at the first
 * try, 0.5 if right later, 0 if shown. Each competency the item is tagged with gets the score.
 */
export interface CompetencyCell {
  learner: string;
  code: string;
  /** Items counted in all. */
  n: number;
  /** Scores of the latest items, oldest first (at most RECENT). */
  recent: number[];
  /** Ids of the latest counted statements, oldest first (at most EVIDENCE_IDS): the evidence behind a level. */
  ids: string[];
  /** How the items ended: right at once, right with help (after a try or a hint), not yet (shown). */
  firstTry: number;
  later: number;
  shown: number;
}

/**
 * One learner's play of one activity: what the teacher's summary names ("làm tốt: 3 + 4") and
 * what a subject's proposal is drawn from (an activity has one subject).
 */
export interface LearnerActivityCell {
  learner: string;
  activity: string;
  n: number;
  firstTry: number;
  later: number;
  shown: number;
  /** Scores of the latest items of this activity, oldest first (at most RECENT). */
  recent: number[];
  ids: string[];
  /** The latest score of each item, by its number (1-based). */
  items: Record<string, number>;
}

export interface ItemCell {
  activity: string;
  item: number;
  /** Children who finished the item, how many right at the first try, and tries in all. */
  n: number;
  firstTry: number;
  attempts: number;
}

export const RECENT = 20;
export const EVIDENCE_IDS = 50;

export interface ItemOutcome {
  learner: string;
  activity: string;
  item: number;
  codes: string[];
  score: number;
  attempts: number;
}

const PREFIX_ACTIVITY = IRI.activity('');
const PREFIX_COMPETENCY = IRI.competency('');

/** The counted outcome of a statement, or undefined when it does not end an item. */
export function itemOutcome(s: Statement): ItemOutcome | undefined {
  if (s.verb.id !== VERBS.answered.id || s.result?.completion !== true) return undefined;
  const m = /^urn:lopvui:activity:(.+):item:(\d+)$/.exec(s.object.id);
  if (!m?.[1] || !m[2]) return undefined;
  const attempts = Number(s.result.extensions?.[IRI.ext.attempt] ?? 1);
  const score = s.result.score?.scaled ?? itemScore(s.result.success === true, attempts);
  const codes = (s.context.contextActivities.category ?? []).map((c) => c.id).filter((id) => id.startsWith(PREFIX_COMPETENCY)).map((id) => id.slice(PREFIX_COMPETENCY.length));
  return { learner: s.actor.account.name, activity: m[1], item: Number(m[2]), codes, score, attempts };
}

export const cellKey = (learner: string, code: string) => `c|${learner}|${code}`;
export const playKey = (learner: string, activity: string) => `a|${learner}|${activity}`;
export const itemKey = (activity: string, item: number) => `i|${activity}|${item}`;
export const activityIdOf = (objectId: string) => (objectId.startsWith(PREFIX_ACTIVITY) ? objectId.slice(PREFIX_ACTIVITY.length).replace(/:item:\d+$/, '') : objectId);

export type Rollups = Map<string, CompetencyCell | ItemCell | LearnerActivityCell>;

/** Add one statement to the totals; returns the keys of the cells it changed. */
export function applyStatement(rollups: Rollups, s: Statement): string[] {
  const o = itemOutcome(s);
  if (!o) return [];
  const changed: string[] = [];
  for (const code of o.codes) {
    const key = cellKey(o.learner, code);
    const cell = (rollups.get(key) as CompetencyCell | undefined) ?? { learner: o.learner, code, n: 0, recent: [], ids: [], firstTry: 0, later: 0, shown: 0 };
    count(cell, o.score, s.id);
    rollups.set(key, cell);
    changed.push(key);
  }
  const pk = playKey(o.learner, o.activity);
  const play = (rollups.get(pk) as LearnerActivityCell | undefined) ?? { learner: o.learner, activity: o.activity, n: 0, firstTry: 0, later: 0, shown: 0, recent: [], ids: [], items: {} };
  count(play, o.score, s.id);
  play.items = { ...play.items, [o.item]: o.score };
  rollups.set(pk, play);
  changed.push(pk);
  const key = itemKey(o.activity, o.item);
  const item = (rollups.get(key) as ItemCell | undefined) ?? { activity: o.activity, item: o.item, n: 0, firstTry: 0, attempts: 0 };
  item.n += 1;
  item.firstTry += o.score === 1 ? 1 : 0;
  item.attempts += o.attempts;
  rollups.set(key, item);
  changed.push(key);
  return changed;
}

function count(cell: Pick<CompetencyCell, 'n' | 'recent' | 'ids' | 'firstTry' | 'later' | 'shown'>, score: number, id: string): void {
  cell.n += 1;
  cell.recent = [...cell.recent, score].slice(-RECENT);
  cell.ids = [...cell.ids, id].slice(-EVIDENCE_IDS);
  if (score === 1) cell.firstTry += 1;
  else if (score > 0) cell.later += 1;
  else cell.shown += 1;
}

/** The shape of the totals: stored ones of an older shape are counted again at start. */
export const ROLLUP_FORMAT = 2;

export type RollupCell = CompetencyCell | ItemCell | LearnerActivityCell;
export const isCompetencyCell = (c: RollupCell): c is CompetencyCell => 'code' in c;
export const isPlayCell = (c: RollupCell): c is LearnerActivityCell => 'items' in c && 'learner' in c;
export const isItemCell = (c: RollupCell): c is ItemCell => 'item' in c;
