import type { Locator, Page } from '@playwright/test';
import { answered, effects, expect, listenForSounds, option, pressTwin, test, twin, twins, useLang, waitForItem } from './support/index.ts';

// The first question of a grade 1 choice is drawn and answered before the engine has loaded
// (src/app/first-item/, issue 17): these tests hold Phaser's code back, play, then let it come.

/** Holds the engine's code (Phaser's chunk) until the returned function is called. */
async function holdEngine(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/phaser-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return () => release();
}

/**
 * The colour the early canvas shows on a card's border (its left edge, halfway down): now, or (`effect`)
 * in the first frame after that effect is told, read later with `borderSeen`. A look that holds a second
 * is read where it shows, not a second later on a busy machine.
 */
function borderColour(card: Locator, effect?: string): Promise<string | undefined> {
  return card.evaluate((el, effect) => {
    const read = () => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.first-item');
      if (!canvas) return 'no early canvas';
      const b = el.getBoundingClientRect();
      const r = canvas.getBoundingClientRect();
      const k = canvas.width / r.width;
      const [red, green, blue] = canvas.getContext('2d')?.getImageData(Math.round((b.left + 3 - r.left) * k), Math.round((b.top + b.height / 2 - r.top) * k), 1, 1).data ?? [];
      return `#${[red, green, blue].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
    };
    if (!effect) return read();
    (window as { __borderSeen?: Promise<string> }).__borderSeen = new Promise((ok) =>
      addEventListener('lopvui:sound', (e) => (e as CustomEvent<{ name?: string }>).detail?.name === effect && requestAnimationFrame(() => ok(read()))),
    );
    return undefined;
  }, effect);
}
const borderSeen = (page: Page) => page.evaluate(() => (window as { __borderSeen?: Promise<string> }).__borderSeen);

const engineCanvas = (page: Page) => page.locator('#game canvas:not(.first-item)');

test('Space answers a twin as it goes down: a press made as the engine takes over is not lost', async ({ page }) => {
  const release = await holdEngine(page);
  await page.goto('./#/play/l1-cong-trong-10');
  const right = option(page, '3');
  await right.focus();
  await page.keyboard.down(' ');
  await expect(page.locator('#live')).toHaveText('Đúng rồi!'); // before the key comes up
  release();
  await expect(engineCanvas(page)).toBeVisible();
  await page.keyboard.up(' ');
  await expect(twins(page)).toHaveAttribute('aria-label', 'Câu 2 trên 4');
  // Pressed once: one answer, the right one, and nothing pressed on the next item as the key came up.
  await expect.poll(async () => (await answered(page)).map((s) => [s.object.id.split(':').at(-1), s.result?.success])).toEqual([['1', true]]);
});

// At a person's pace: the "wrong" colour is read while it holds (a second).
test.describe("at a person's pace", () => {
  test.use({ gameSpeed: 1 });

  test('the first question plays before the engine: a wrong then a right answer, heard and shown; the player goes on from there and records both', async ({ page }) => {
    await listenForSounds(page);
    const release = await holdEngine(page);
    await page.goto('./#/play/l1-cong-trong-10');
    const wrong = option(page, '2');
    const right = option(page, '3');
    await expect(right).toBeVisible();
    await expect(twins(page)).toHaveAttribute('aria-label', 'Câu 1 trên 4');
    expect(await borderColour(wrong)).toBe('#3d5a80');

    // A click on the canvas under the wrong card (the twins let no pointer through).
    const box = await wrong.boundingBox();
    if (!box) throw new Error('no card');
    await borderColour(wrong, 'wrong');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => effects(page)).toEqual(['wrong']);
    expect(await borderSeen(page)).toBe('#b23a48');
    // The activity's hint after one wrong try: that card fades and can no longer be chosen.
    await expect(wrong).toHaveAttribute('aria-disabled', 'true');
    await pressTwin(wrong);
    await pressTwin(right);
    await expect.poll(() => effects(page)).toEqual(['wrong', 'correct']);
    expect(await borderColour(right)).toBe('#2a9d8f');
    await expect(engineCanvas(page)).toHaveCount(0);

    const released = Date.now();
    release();
    await waitForItem(page, 2, 4);
    await expect(page.locator('canvas.first-item')).toHaveCount(0);
    const list = await answered(page);
    // Options by their place in the file: "2" is a, "3" is b; each answer at its own time, before the engine came.
    expect(list.map((s) => [s.result?.response, s.result?.success])).toEqual([
      ['a', false],
      ['b', true],
    ]);
    for (const s of list) expect(Date.parse(s.timestamp)).toBeLessThan(released);
    // Nothing heard twice.
    expect(await effects(page)).toEqual(['wrong', 'correct']);
  });
});

test('in English, by keys: the focus stays where it was when the engine takes over; a reload on the second question does not draw the first', async ({ page }) => {
  await useLang(page, 'en');
  const release = await holdEngine(page);
  await page.goto('./#/play/l1-cong-trong-10');
  await expect(option(page, '3')).toBeVisible();
  await expect(twins(page)).toHaveAttribute('aria-label', 'Question 1 of 4');
  await page.keyboard.press('Tab');
  await expect(twin(page, 'Back to the menu')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const listen = twin(page, 'Hear the question again');
  await expect(listen).toBeFocused();

  release();
  await expect(page.locator('canvas.first-item')).toHaveCount(0);
  await expect(engineCanvas(page)).toHaveCount(1);
  await expect(listen).toBeFocused();
  // Arrows move one twin at a time among the scene's twins (the early layer's keys went with it).
  await page.keyboard.press('ArrowRight');
  await expect(option(page, /./).first()).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(listen).toBeFocused();
  await pressTwin(option(page, '3'));
  await waitForItem(page, 2, 4);

  await page.reload();
  await waitForItem(page, 2, 4);
  expect(await page.evaluate(() => performance.getEntriesByName('lopvui:first-item-drawn').length)).toBe(0);
});

test('with the sound off the early first item shows a wrong answer as a mark and a word; home goes back to the menu once the player is here', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.muted', '1'));
  const release = await holdEngine(page);
  await page.goto('./#/play/l1-cong-trong-10');
  await expect(option(page, '3')).toBeVisible();
  await pressTwin(option(page, '4'));
  await expect(page.locator('#cue')).toHaveText('✗ Chưa đúng');
  await pressTwin(twin(page, 'Về trang chính'));
  await expect(page).toHaveURL(/#\/$/);
  release();
  await expect(page.getByRole('link', { name: /Phép cộng trong phạm vi 10(?!0)/ })).toBeVisible();
  await expect(page.locator('canvas.first-item')).toHaveCount(0);
  await expect(page.locator('#stage')).toBeHidden();
});
