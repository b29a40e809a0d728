import { act, answered, drag, expect, live, playAgain, test, twin, twins } from './support/index.ts';

for (const way of ['keyboard', 'mouse'] as const) {
  test(`balance: read the tilt, then weigh the apple in cubes (${way})`, async ({ page }) => {
    const press = (name: string) => act(page, way, twin(page, name));
    await page.goto('./#/play/l2-can-thang-bang');
    await expect(twins(page)).toHaveAttribute('aria-label', /^Câu 1 trên 3/);
    await press('Bên trái nặng hơn');
    await expect(twins(page)).toHaveAttribute('aria-label', /^Câu 2 trên 3/);
    await press('Bằng nhau');
    await expect(twins(page)).toHaveAttribute('aria-label', /^Câu 3 trên 3/);
    // Four cubes are not enough; then one more makes it level.
    for (let i = 1; i <= 4; i++) {
      if (way === 'keyboard') {
        await press(`Chọn: khối vuông ${i}`);
        await press('Đặt vào: đĩa cân bên phải');
      } else {
        await drag(page, twin(page, `Chọn: khối vuông ${i}`), twin(page, 'Đặt vào: đĩa cân bên phải'));
      }
      await expect(twin(page, `Chọn: khối vuông ${i}`)).toHaveCount(0);
    }
    await press('Kiểm tra');
    await expect(live(page)).toHaveText(/chưa thăng bằng/);
    await press('Chọn: khối vuông 5');
    await press('Đặt vào: đĩa cân bên phải');
    await press('Kiểm tra');
    await expect(playAgain(page)).toBeVisible();
    expect((await answered(page)).map((s) => [s.result?.response, s.result?.success])).toEqual([
      ['left', true],
      ['same', true],
      ['left=tao;right=khoi,khoi,khoi,khoi', false],
      ['left=tao;right=khoi,khoi,khoi,khoi,khoi', true],
    ]);
  });
}

test('balance: the teacher shows the answer (R): the cubes that level it go onto the pan from the shelf, then the activity goes on', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.prefs', JSON.stringify({ mode: 'projector' })));
  await page.goto('./#/play/l2-can-thang-bang');
  await expect(twins(page)).toHaveAttribute('aria-label', /^Câu 1 trên 3/);
  await page.keyboard.press('PageDown');
  await expect(twins(page)).toHaveAttribute('aria-label', /^Câu 2 trên 3/);
  await page.keyboard.press('PageDown');
  await expect(twins(page)).toHaveAttribute('aria-label', /^Câu 3 trên 3/);
  await page.keyboard.press('r');
  await expect(live(page)).toHaveText('Cùng xem lại cân nhé.');
  // The apple weighs five cubes: five go on the right pan, and none is left to pick on the shelf.
  await expect(twin(page, 'Chọn: khối vuông 1')).toHaveCount(0);
  await expect(playAgain(page)).toBeVisible();
  expect(await answered(page)).toEqual([]);
});
