/**
 * Where the child was in an activity, written at each item so that a reload (a tired tablet,
 * a clicker's F5, the browser killing a background tab) comes back to the same item with the
 * same shuffle and the same xAPI registration. localStorage: synchronous, so nothing is lost
 * between the write and the tab going away.
 */
export interface Resume {
  activityId: string;
  version: number;
  learnerId: string;
  seed: number;
  registration: string;
  /** The scene's own checkpoint (plain data). */
  state: unknown;
  savedAt: number;
  /** The tab that plays it (store/tab.ts): another tab open at the same time starts its own session. */
  tab?: string;
}

import { notJsonAt } from '../model/checkpoint.ts';
import { otherTabOpen } from './tab.ts';

const KEY = 'lopvui.resume';
/** After this long a checkpoint is stale: the next child starts afresh. */
export const RESUME_FOR_MS = 3 * 60 * 60 * 1000;

/**
 * Writes the checkpoint. One that JSON would not give back whole is not written (the last good
 * one is dropped too): a reload then starts the activity again rather than coming back to a
 * state the rules never made, and the console says where the scene put a non-JSON value.
 */
export function saveResume(r: Resume): void {
  const bad = notJsonAt(r.state, 'state');
  if (bad) {
    console.error(`checkpoint of ${r.activityId} does not survive JSON: ${bad}`);
    clearResume();
    return;
  }
  try {
    localStorage.setItem(KEY, JSON.stringify(r));
  } catch {
    // storage full or off: a reload starts the activity again, nothing else is lost
  }
}

/**
 * The checkpoint for this activity, version and learner, if one is fresh enough and no other
 * open tab is playing it (that tab keeps its session; this one starts its own).
 */
export async function loadResumeForTab(want: { activityId: string; version: number; learnerId: string }, now: number): Promise<Resume | undefined> {
  const r = loadResume(want, now);
  return r?.tab && (await otherTabOpen(r.tab)) ? undefined : r;
}

/** The checkpoint for this activity, version and learner, if one is fresh enough. */
export function loadResume(want: { activityId: string; version: number; learnerId: string }, now: number): Resume | undefined {
  let r: Partial<Resume> | undefined;
  try {
    r = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Resume> | undefined;
  } catch {
    return undefined;
  }
  if (!r || r.activityId !== want.activityId || r.version !== want.version || r.learnerId !== want.learnerId) return undefined;
  if (typeof r.savedAt !== 'number' || now - r.savedAt > RESUME_FOR_MS || now < r.savedAt) return undefined;
  if (typeof r.seed !== 'number' || typeof r.registration !== 'string') return undefined;
  return r as Resume;
}

export function clearResume(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // nothing to clear
  }
}

/**
 * The fresh checkpoint of this activity, for whichever learner: the first item drawn before the engine
 * (src/app/first-item/) starts from it when it is at that item, and is not drawn when it is further on.
 */
export function keptResumeOf(activityId: string, now: number): Resume | undefined {
  let r: Partial<Resume> | undefined;
  try {
    r = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Resume> | undefined;
  } catch {
    return undefined;
  }
  return r && typeof r.learnerId === 'string' && typeof r.version === 'number' ? loadResume({ activityId, version: r.version, learnerId: r.learnerId }, now) : undefined;
}
