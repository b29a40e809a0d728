import type { Locator, Page } from '@playwright/test';

/**
 * Acting on the canvas the ways people do: through a twin with the keyboard (a clicker, a
 * screen reader, the teacher's keys), or on the canvas itself under the twin with a mouse or a
 * finger (the twins let no pointer through, so those reach Phaser's input).
 */
export type Way = 'keyboard' | 'mouse' | 'finger';

/**
 * Act through the twin with the keyboard: once it shows (a person presses what they see: the build's menu
 * shows its later sections a moment after its first), focus it (as Tab would) and press.
 */
export async function pressTwin(twin: Locator, key: 'Enter' | ' ' = 'Enter'): Promise<void> {
  await twin.waitFor({ state: 'visible' });
  await twin.focus();
  await twin.press(key);
}

/**
 * Two frames drawn by the game from now. A twin comes with its canvas object, which may still be
 * popping in (under reduced motion the pop ends at the game's next frame): a click or a tap sent
 * right after a new item appeared went unanswered when the game drew few frames (10 a second).
 */
export async function gameDrew(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // Counted only at the test speed (src/app/test-speed.ts); at a person's pace the game draws every page frame.
        const drawn = () => (window as { __lopvuiFrames?: number }).__lopvuiFrames;
        const from = drawn();
        if (from === undefined) return void requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        const look = () => ((drawn() ?? 0) >= from + 2 ? resolve() : requestAnimationFrame(look));
        look();
      }),
  );
}

/** The page point at the centre of a twin, which is the centre of its canvas object, once the game has drawn it. */
export async function centreOf(twin: Locator): Promise<{ x: number; y: number }> {
  await twin.waitFor({ state: 'attached' });
  await gameDrew(twin.page());
  const box = await twin.boundingBox();
  if (!box) throw new Error('twin has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Activate what `target` twins: Enter on the twin, or a click or a tap on the canvas under it. */
export async function act(page: Page, way: Way, target: Locator): Promise<void> {
  if (way === 'keyboard') return pressTwin(target);
  const at = await centreOf(target);
  if (way === 'finger') return page.touchscreen.tap(at.x, at.y);
  return page.mouse.click(at.x, at.y);
}

/** Drag with the mouse from one twin's canvas object onto another's (a small first move starts the drag). */
export async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const [p, q] = [await centreOf(from), await centreOf(to)];
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  await page.mouse.move(p.x + 15, p.y + 15, { steps: 2 });
  await page.mouse.move(q.x, q.y, { steps: 6 });
  await page.mouse.up();
}

type Point = { x: number; y: number };

/**
 * Fingers moving at the same time, each in a straight line from `from` to `to` (Playwright's
 * touchscreen taps only): touch events through the DevTools protocol, in `steps` moves.
 */
export async function fingers(page: Page, strokes: { from: Point; to: Point }[], steps = 10): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const points = (k: number) => strokes.map(({ from, to }, id) => ({ x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let k = 1; k <= steps; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(k / steps) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** A one-finger swipe across the upper part of the screen, `dx` pixels (negative: to the left). */
export async function swipe(page: Page, dx: number): Promise<void> {
  const vp = page.viewportSize()!;
  const y = vp.height * 0.3;
  const x0 = vp.width / 2 - dx / 2;
  await fingers(page, [{ from: { x: x0, y }, to: { x: x0 + dx, y } }], 8);
}
