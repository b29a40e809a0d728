/** Stars for a finished activity from its scaled score: 1 to 3, never fewer than one. */
export function starsFor(scaled: number): 1 | 2 | 3 {
  return scaled >= 0.85 ? 3 : scaled >= 0.5 ? 2 : 1;
}

/** The score of one item once it ends: 1 right at the first try, 0.5 right later, 0 shown. */
export function itemScore(success: boolean, attempt: number): number {
  return success ? (attempt <= 1 ? 1 : 0.5) : 0;
}

/** The score of a finished activity from its items' scores. */
export function summaryOf(scores: readonly number[]): { raw: number; max: number; stars: 1 | 2 | 3 } {
  const max = scores.length;
  const raw = scores.reduce((s, x) => s + x, 0);
  return { raw, max, stars: starsFor(max ? raw / max : 0) };
}
