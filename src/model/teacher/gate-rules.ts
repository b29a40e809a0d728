/**
 * When the grown-up gate lets someone try again, and when it closes by itself. Pure rules:
 * the page keeps the clock, the store keeps the counts (they outlive a reload, so reloading
 * the page is no way around the wait).
 */
export interface GateTries {
  /** Wrong PINs (and wrong recovery codes) since the last right one. */
  failures: number;
  /** No try is taken before this time (ms since the epoch). */
  lockedUntil: number;
}

export const NO_TRIES: GateTries = { failures: 0, lockedUntil: 0 };

/** Free tries before the first wait: a teacher mistypes; a child trying every PIN does not stop at five. */
export const FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** The wait after the n-th wrong try: none for the first five, then 30 s, doubling, at most an hour. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

export function afterWrong(tries: GateTries, now: number): GateTries {
  const failures = tries.failures + 1;
  return { failures, lockedUntil: now + waitAfter(failures) };
}

/** Milliseconds still to wait before the next try (0: try now). A clock set back never waits longer than the rule. */
export function waitLeft(tries: GateTries, now: number): number {
  return Math.max(0, Math.min(tries.lockedUntil - now, waitAfter(tries.failures)));
}

/** How long the teacher's area may stay open untouched: a setting, in minutes. */
export const IDLE_LOCK_MINUTES = [1, 5, 15] as const;
export type IdleLockMinutes = (typeof IDLE_LOCK_MINUTES)[number];
export const DEFAULT_IDLE_LOCK: IdleLockMinutes = 5;

/** Whether an address is inside the teacher's area (every other address re-locks it). */
export const isTeacherRoute = (hash: string) => /^#\/teacher(?:\/|$)/.test(hash);
