import type { Page } from '@playwright/test';
import { answer, answered, expect, live, menuShown, openActivity, option, said, test, twins, unlockTeacher, waitForItem } from './support/index.ts';

/** The two classrooms: the projector driven by the teacher's keys, and the shared tablet. */
const ACTIVITY = 'l1-cong-trong-10'; // four items: 3, 5, … (choice, not shuffled)
const setPrefs = (page: Page, prefs: object) => page.addInitScript((p) => localStorage.getItem('lopvui.prefs') ?? localStorage.setItem('lopvui.prefs', JSON.stringify(p)), prefs);

test.describe('projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the teacher reveals, goes back and on, times, blanks and restarts with keys alone', async ({ page }) => {
    await setPrefs(page, { mode: 'projector' });
    await openActivity(page, ACTIVITY);
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'projector');
    await waitForItem(page, 1, 4);
    await page.keyboard.press('r');
    await expect(live(page)).toHaveText(/Đáp án đúng là: .*3/);
    await waitForItem(page, 2, 4);
    await page.keyboard.press('PageUp');
    await waitForItem(page, 1, 4);
    await page.keyboard.press('PageDown');
    await waitForItem(page, 2, 4);

    await page.keyboard.press('t');
    await expect(page.locator('#countdown')).toHaveText(/^(1:00|0:59)$/);
    await page.keyboard.press('t');
    await expect(page.locator('#countdown')).toHaveText(/^1:5\d|2:00$/);
    await page.keyboard.press('Shift+T');
    await expect(page.locator('#countdown')).toBeHidden();

    await page.keyboard.press('b');
    await expect(page.locator('#blank')).toBeVisible();
    await page.keyboard.press('PageDown'); // any key brings the screen back, and does nothing else
    await expect(page.locator('#blank')).toBeHidden();
    await waitForItem(page, 2, 4);

    await page.keyboard.press('w');
    await expect(live(page)).toHaveText(/Minh chứng từ giờ ghi cho: /);
    await page.keyboard.press('Home');
    await waitForItem(page, 1, 4);
    // The bar at the bottom does the same, for a teacher with a mouse.
    await page.getByRole('toolbar', { name: 'Điều khiển của giáo viên' }).getByRole('button', { name: 'Câu sau' }).click();
    await waitForItem(page, 2, 4);
    // Revealed and skipped items are not answers of the children.
    expect(await answered(page)).toEqual([]);
  });

  test('on a 4:3 projector the countdown and the teacher bar stay on the screen, clear of the stage buttons', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await setPrefs(page, { mode: 'projector' });
    await openActivity(page, ACTIVITY);
    await waitForItem(page, 1, 4);
    await page.keyboard.press('t');
    const bar = page.getByRole('toolbar', { name: 'Điều khiển của giáo viên' });
    await bar.hover();
    await expect(bar).toHaveCSS('opacity', '1');
    const boxes = [...(await bar.getByRole('button').all()), page.locator('#countdown'), ...(await twins(page).getByRole('button').all())];
    const rects = await Promise.all(boxes.map(async (b) => ({ name: (await b.getAttribute('aria-label')) ?? (await b.textContent()), box: (await b.boundingBox())! })));
    for (const { name, box } of rects) {
      expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1024 && box.y + box.height <= 768, `${name} on the screen`).toBe(true);
    }
    // The bar's buttons and the countdown against every other box (a twin may hold a card's parts, not others').
    for (const [i, a] of rects.slice(0, 9).entries()) {
      for (const b of rects.slice(i + 1)) {
        const apart = a.box.x + a.box.width <= b.box.x || b.box.x + b.box.width <= a.box.x || a.box.y + a.box.height <= b.box.y || b.box.y + b.box.height <= a.box.y;
        expect(apart, `${a.name} clear of ${b.name}`).toBe(true);
      }
    }
  });
});

test.describe('shared tablet', () => {
  // The device asks for no reduced motion: the settings test sees the player's own switch take effect.
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, contextOptions: { reducedMotion: 'no-preference' } });

  test('a reload comes back to the same item, in the same play session', async ({ page }) => {
    await openActivity(page, ACTIVITY, 'en');
    await answer(page, ['3']);
    await waitForItem(page, 2, 4);
    await page.reload();
    await waitForItem(page, 2, 4);
    await answer(page, ['5']);
    await waitForItem(page, 3, 4);
    const answers = await answered(page);
    expect(answers).toHaveLength(2);
    expect(answers[1]?.context?.registration).toBe(answers[0]?.context?.registration);
  });

  test('no accidental exits: no selection, no long-press menu, keys do not skip, back asks first, turning the tablet keeps the item', async ({ page }) => {
    await openActivity(page, ACTIVITY);
    await answer(page, ['3']);
    await waitForItem(page, 2, 4);
    expect(await page.evaluate(() => getComputedStyle(document.body).userSelect)).toBe('none');
    const menuPrevented = await page.evaluate(() => !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })));
    expect(menuPrevented).toBe(true);
    // The teacher's key does nothing on a child's tablet: no shortcut takes it (each one that
    // acts prevents the key's default), nothing is revealed, the item stays.
    await page.evaluate(() => addEventListener('keydown', (e) => ((window as unknown as { __taken: boolean }).__taken = e.defaultPrevented), { once: true }));
    await page.keyboard.press('PageDown');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __taken?: boolean }).__taken)).toBe(false);
    await expect(live(page)).not.toHaveText(/Đáp án đúng là/);
    await waitForItem(page, 2, 4);

    await page.goBack();
    const ask = page.getByRole('dialog', { name: 'Rời hoạt động này?' });
    await expect(ask).toBeVisible();
    const before = (await said(page)).length;
    await ask.getByRole('button', { name: 'Ở lại chơi tiếp' }).click();
    await waitForItem(page, 2, 4);
    // The tap on "Stay" answered nothing under the button (the live region speaks on the next frame).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect((await said(page)).slice(before)).not.toContainEqual(expect.stringMatching(/^(Đúng rồi!|Chưa đúng)/));

    await page.setViewportSize({ width: 768, height: 1024 });
    await waitForItem(page, 2, 4);
    const box = await option(page, '5').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 768).toBe(true);
    await answer(page, ['5']);
    await waitForItem(page, 3, 4);

    await page.goBack();
    await ask.getByRole('button', { name: 'Rời đi' }).click();
    await menuShown(page);
    expect(await page.evaluate(() => localStorage.getItem('lopvui.resume'))).toBeNull();
  });

  test('settings are kept on the device: colour-blind palette, reduced motion, large text, sound off with visible cues', async ({ page }) => {
    await unlockTeacher(page);
    await page.getByRole('button', { name: 'Cài đặt' }).click();
    await page.getByRole('radio', { name: /Xanh dương và cam/ }).check();
    await page.getByRole('radio', { name: 'Giảm chuyển động' }).check();
    await page.getByRole('radio', { name: 'Rất lớn' }).check();
    await page.getByRole('radio', { name: /Tắt tiếng/ }).check();
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.reload();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-palette', 'colourBlind');
    await expect(html).toHaveAttribute('data-motion', 'reduce');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeCloseTo(before, 0);
    expect(before).toBeGreaterThan(20);

    await page.goto('./#/play/' + ACTIVITY);
    await answer(page, ['2']);
    await expect(page.locator('#cue')).toHaveText('✗ Chưa đúng');
    await answer(page, ['3']);
    await expect(page.locator('#cue')).toHaveText('✓ Đúng');
  });
});
