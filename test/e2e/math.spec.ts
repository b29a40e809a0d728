import type { Page } from '@playwright/test';
import { act, answered, expect, hasSaid, live, playAgain, said, test, timesSaid, twin, twins as group, type Way } from './support/index.ts';

/** count and numeric played to the end through the twins (keyboard) and by mouse on the canvas. */
const press = (page: Page, way: Way, name: string | RegExp) => act(page, way, twin(page, name));

for (const way of ['keyboard', 'mouse'] as const) {
  test(`count: tap each duck, then the number (${way})`, async ({ page }) => {
    await page.goto('./#/play/mn-dem-vit');
    for (const [i, n] of [3, 5, 4].entries()) {
      await expect(group(page)).toHaveAttribute('aria-label', `Câu ${i + 1} trên 3`);
      for (let k = 1; k <= n; k++) {
        await press(page, way, `Đồ vật ${k}`);
        await expect(live(page)).toHaveText(String(k));
      }
      await expect(twin(page, `Đồ vật ${n}`)).toHaveAttribute('aria-pressed', 'true');
      await press(page, way, new RegExp(`^Lựa chọn \\d: ${n}$`));
      await expect.poll(() => timesSaid(page, 'Đúng rồi!')).toBe(i + 1);
    }
    await expect(playAgain(page)).toBeVisible();
    const answers = await answered(page);
    expect(answers.map((s) => [s.object.definition?.interactionType, s.result?.response, s.result?.success])).toEqual([
      ['numeric', '3', true],
      ['numeric', '5', true],
      ['numeric', '4', true],
    ]);
  });

  test(`numeric: generated sums typed on the keypad, a wrong one first (${way})`, async ({ page }) => {
    await page.goto('./#/play/l1-cong-trong-20');
    for (let i = 1; i <= 5; i++) {
      await expect(group(page)).toHaveAttribute('aria-label', new RegExp(`^Câu ${i} trên 5: \\d+ \\+ \\d+ = \\?$`));
      const [a, b] = ((await group(page).getAttribute('aria-label')) ?? '').split(': ')[1]!.match(/\d+/g)!.map(Number);
      const type = async (n: number) => {
        for (const d of String(n)) await press(page, way, d);
        await press(page, way, 'Xong');
      };
      if (i === 1) {
        await type(a! + b! + 1);
        // Read from what the region said: at the test speed the hint (hintAfter) follows within frames.
        await expect.poll(async () => (await said(page)).some((t) => /Chưa đúng/.test(t))).toBe(true);
      }
      await type(a! + b!);
      await expect.poll(() => timesSaid(page, 'Đúng rồi!')).toBe(i);
    }
    await expect(playAgain(page)).toBeVisible();
    const answers = await answered(page);
    expect(answers.map((s) => s.result?.success)).toEqual([false, true, true, true, true, true]);
    expect(answers[1]?.result?.score?.raw).toBe(0.5);
  });
}

test('then the hint, as hintAfter says (1 here): a wrong number and a wrong sign fade and can no longer be chosen', async ({ page }) => {
  await page.goto('./#/play/mn-dem-vit');
  await expect(group(page)).toHaveAttribute('aria-label', 'Câu 1 trên 3');
  // Three ducks: a number that is not 3, then its ✕ and, after it, the hint.
  const wrong = group(page).getByRole('button', { name: /^Lựa chọn \d: (?!3$)\d+$/ }).first();
  const name = (await wrong.getAttribute('aria-label'))!;
  await act(page, 'keyboard', wrong);
  await hasSaid(page, /Chưa đúng/);
  await hasSaid(page, `Gợi ý: không phải ${name}.`);
  await expect(twin(page, name)).toHaveAttribute('aria-disabled', 'true');
  await press(page, 'keyboard', /^Lựa chọn \d: 3$/);
  await hasSaid(page, 'Đúng rồi!');

  await page.goto('./#/play/l1-so-sanh');
  await expect(group(page)).toHaveAttribute('aria-label', /^Câu 1 trên 4/);
  await press(page, 'keyboard', 'bé hơn');
  await hasSaid(page, /Chưa đúng/);
  await hasSaid(page, 'Gợi ý: không phải bé hơn.');
  await expect(twin(page, 'bé hơn')).toHaveAttribute('aria-disabled', 'true');
  await press(page, 'keyboard', 'lớn hơn');
  await hasSaid(page, 'Đúng rồi!');
});

test('numeric: compare groups and numbers with <, > and =, then a number (keyboard)', async ({ page }) => {
  await page.goto('./#/play/l1-so-sanh');
  for (const [i, sign] of ['lớn hơn', 'bé hơn', 'bằng'].entries()) {
    await expect(group(page)).toHaveAttribute('aria-label', new RegExp(`^Câu ${i + 1} trên 4`));
    await press(page, 'keyboard', sign);
    await expect(live(page)).toHaveText('Đúng rồi!');
  }
  await expect(group(page)).toHaveAttribute('aria-label', /^Câu 4 trên 4: Số liền sau số 9/);
  // A real keyboard types digits too (a teacher at the projector).
  await page.keyboard.type('10');
  await press(page, 'keyboard', 'Xong');
  await expect(playAgain(page)).toBeVisible();
  const answers = await answered(page);
  expect(answers.map((s) => [s.object.definition?.interactionType, s.result?.response])).toEqual([
    ['choice', 'gt'],
    ['choice', 'lt'],
    ['choice', 'eq'],
    ['numeric', '10'],
  ]);
});
