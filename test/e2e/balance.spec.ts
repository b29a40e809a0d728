import type { Page } from '@playwright/test';
import { centreOf, expect, readEvidence, test } from './support.ts';

const twin = (page: Page, name: string) => page.locator('#twins').getByRole('button', { name, exact: true });

for (const way of ['keyboard', 'pointer'] as const) {
  test(`balance: read the tilt, then weigh the apple in cubes (${way})`, async ({ page }) => {
    test.setTimeout(60_000);
    const act = async (name: string) => {
      if (way === 'keyboard') {
        await twin(page, name).focus();
        return page.keyboard.press('Enter');
      }
      const at = await centreOf(twin(page, name));
      await page.mouse.click(at.x, at.y);
    };
    await page.goto('./#/play/l2-can-thang-bang');
    await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Câu 1 trên 3/);
    await act('Bên trái nặng hơn');
    await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Câu 2 trên 3/);
    await act('Bằng nhau');
    await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Câu 3 trên 3/);
    // Four cubes are not enough; then one more makes it level.
    for (let i = 1; i <= 4; i++) {
      if (way === 'keyboard') {
        await act(`Chọn: khối vuông ${i}`);
        await act('Đặt vào: đĩa cân bên phải');
      } else {
        const from = await centreOf(twin(page, `Chọn: khối vuông ${i}`));
        const to = await centreOf(twin(page, 'Đặt vào: đĩa cân bên phải'));
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(to.x, to.y, { steps: 10 });
        await page.mouse.up();
      }
      await expect(twin(page, `Chọn: khối vuông ${i}`)).toHaveCount(0);
    }
    await act('Kiểm tra');
    await expect(page.locator('#live')).toHaveText(/chưa thăng bằng/);
    await act('Chọn: khối vuông 5');
    await act('Đặt vào: đĩa cân bên phải');
    await act('Kiểm tra');
    await expect(twin(page, 'Chơi lại')).toBeVisible();
    const answered = (await readEvidence(page)).filter((s) => s.verb.id.endsWith('/answered'));
    expect(answered.map((s) => [s.result?.response, s.result?.success])).toEqual([
      ['left', true],
      ['same', true],
      ['left=tao;right=khoi,khoi,khoi,khoi', false],
      ['left=tao;right=khoi,khoi,khoi,khoi,khoi', true],
    ]);
  });
}
