/**
 * Test-only: how many times faster the game's own clock runs (its pauses after an answer, the
 * "wrong" colour's hold, a page's turn). The end-to-end fixture sets `window.__lopvuiTestSpeed`
 * before the page starts (test/e2e/support/fixtures.ts); nothing in the app sets it, so a
 * person always plays at 1. Capped, so no value can make a pause vanish.
 */
export function testSpeed(): number {
  const asked = (window as { __lopvuiTestSpeed?: unknown }).__lopvuiTestSpeed;
  return typeof asked === 'number' && Number.isFinite(asked) ? Math.min(Math.max(asked, 1), 20) : 1;
}

/** Test-only: the frames the game has drawn, in `window.__lopvuiFrames` (a screenshot waits for two after a change). */
export function countFrame(): void {
  const w = window as { __lopvuiFrames?: number };
  w.__lopvuiFrames = (w.__lopvuiFrames ?? 0) + 1;
}
