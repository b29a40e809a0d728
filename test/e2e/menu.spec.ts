import { expect, option, test } from './support/index.ts';

test('the menu groups activities by subject, filters by band and switches language', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Toán' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Khám phá khoa học' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Phép cộng trong phạm vi 10(?!0)/ })).toBeVisible();

  await page.getByRole('group', { name: 'Lứa tuổi, lớp' }).getByRole('button', { name: '4–5 tuổi', exact: true }).click();
  await expect(page.getByRole('link', { name: /Con gì kêu, con gì bơi/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Phép cộng/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: /Who says that, who swims/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Age or grade' }).getByRole('button', { name: 'Age 4–5', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // The choices last across a reload.
  await page.reload();
  await expect(page.getByRole('link', { name: /Who says that, who swims/ })).toBeVisible();
  await page.getByRole('link', { name: /Who says that, who swims/ }).click();
  await expect(page).toHaveURL(/#\/play\/mn-con-vat-keu$/);
  await expect(option(page, 'cat')).toBeVisible();
});

test('the bundled font covers Vietnamese before the canvas draws', async ({ page }) => {
  await page.goto('./#/play/mn-con-vat-keu');
  await expect(option(page, 'mèo')).toBeVisible();
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Nunito');
    return { loaded: faces.filter((f) => f.status === 'loaded').map((f) => f.unicodeRange), vi: document.fonts.check('800 40px Nunito', 'Ễ Ỗ Ậ ư đ') };
  });
  expect(fonts.vi).toBe(true);
  expect(fonts.loaded.some((r) => r.includes('1EA0-1EF9'))).toBe(true);
});

test('the menu is there, and a tile answers, before the stores open', async ({ page }) => {
  // IndexedDB answers only when the test says so: every open request's success waits for the gate.
  await page.addInitScript(() => {
    const w = window as unknown as { openStores: () => void };
    const gate = new Promise<void>((open) => (w.openStores = open));
    const success = Object.getOwnPropertyDescriptor(IDBRequest.prototype, 'onsuccess');
    Object.defineProperty(IDBOpenDBRequest.prototype, 'onsuccess', {
      configurable: true,
      get() {
        return success?.get?.call(this);
      },
      set(handler: ((e: Event) => void) | null) {
        success?.set?.call(this, handler && ((e: Event) => void gate.then(() => handler.call(this, e))));
      },
    });
  });
  await page.goto('./');
  const tile = page.getByRole('link', { name: /Phép cộng trong phạm vi 10(?!0)/ });
  await expect(tile).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ai đang chơi? Cả lớp' })).toBeVisible();
  await tile.click();
  await expect(page).toHaveURL(/#\/play\/l1-cong-trong-10$/);
  await page.evaluate(() => (window as unknown as { openStores: () => void }).openStores());
  await expect(option(page, /\d/).first()).toBeVisible();
});

test("the build's menu answers a tile before the player's code has run, and shows only where it is the page", async ({ page }) => {
  // The player's code never arrives: what shows is index.html as the build wrote it.
  await page.route(/\/assets\/index-[^/]*\.js$/, (r) => r.abort());
  await page.goto('./');
  // Its first section (the lessons) comes first; the rest follow even with no player code to show them.
  const lesson = page.getByRole('link', { name: /^Tiết Toán/ });
  await expect(lesson).toBeVisible();
  // A tile takes Space as a button does, from the first moment (a clicker or a keyboard may send either).
  await lesson.press('Space');
  await expect(page).toHaveURL(/#\/lesson\/l2-tiet-toan$/);
  const tile = page.getByRole('link', { name: /Phép cộng trong phạm vi 10(?!0)/ });
  await expect(tile).toBeAttached();
  await expect(tile).toBeVisible({ timeout: 5000 });
  await expect(page.locator('#menu > section.subject').last()).toBeVisible();
  await tile.click();
  await expect(page).toHaveURL(/#\/play\/l1-cong-trong-10$/);

  // Opened on an activity, or on a device set to English: the build's menu is not shown.
  await page.goto('./#/play/l1-cong-trong-10');
  await page.reload();
  await expect(page.locator('#menu')).toBeHidden();
  await page.evaluate(() => localStorage.setItem('lopvui.lang', 'en'));
  await page.goto('./#/');
  await page.reload();
  await expect(page.locator('#menu')).toBeHidden();
});

// Before the page's entry has run, index.html's own script counts the key (first-screen.js); after, the entry
// holds it (early-input.ts); either way the player answers it once it is here.
for (const before of ['the page', 'the player'] as const) {
  test(`a key pressed before ${before} has loaded is answered once the player is here: M turns the sound off`, async ({ page }) => {
    // The player itself (main.ts, loaded at the first key) is held back until the key has been pressed; so is
    // the page's entry (its own chunk and the one it starts with) when the key comes before it.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    const holding = before === 'the page' ? /\/assets\/(main|index|start)-[^/]*\.js$/ : /\/assets\/main-[^/]*\.js$/;
    await page.route(holding, async (r) => (await held, r.continue()));
    await page.goto('./', { waitUntil: 'commit' });
    const sound = page.getByRole('button', { name: 'Tắt tiếng' });
    await expect(sound).toHaveAttribute('aria-pressed', 'false');
    if (before === 'the player') await expect(page.locator('html[data-keys-held]')).toHaveCount(1);
    else await expect(page.locator('html[data-keys-held]')).toHaveCount(0);
    await page.keyboard.press('m');
    release();
    await expect(sound).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('lopvui.muted'))).toBe('1');
  });
}

test('a finished lesson tapped before the player has loaded starts afresh, as one tapped later does', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/main-[^/]*\.js$/, async (r) => (await held, r.continue()));
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  // Played to its end yesterday: its four steps done.
  const run = () => page.evaluate(() => JSON.parse(localStorage.getItem('lopvui.lesson') ?? 'null') as { lessonId: string; done: number[] } | null);
  await page.evaluate(() => localStorage.setItem('lopvui.lesson', JSON.stringify({ lessonId: 'l2-tiet-toan', step: 4, done: [0, 1, 2, 3], registration: 'hom-qua' })));
  await page.getByRole('link', { name: /^Tiết Toán/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/l2-tiet-toan$/);
  expect((await run())?.done).toHaveLength(4); // nothing has run yet
  release();
  await expect(page.locator('#lesson')).toBeVisible();
  await expect.poll(async () => (await run())?.done).toEqual([]);
  expect((await run())?.lessonId).toBe('l2-tiet-toan');
});

test('a device set to English gets its menu from the player, in English; a tile takes Space as a button does', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'en'));
  await page.goto('./');
  const tile = page.getByRole('link', { name: /Adding within 10(?!0)/ });
  await expect(tile).toBeVisible();
  await expect(page.getByRole('link', { name: /Phép cộng/ })).toHaveCount(0);
  await tile.focus();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/#\/play\/l1-cong-trong-10$/);
});
