import type { Page } from '@playwright/test';
import { centreOf, expect, readEvidence, test } from './support.ts';

const twin = (page: Page, name: string) => page.locator('#twins').getByRole('button', { name, exact: true });
const CARD = { up: 'lên', down: 'xuống', left: 'sang trái', right: 'sang phải', repeat2: 'lặp 2 lần', repeat3: 'lặp 3 lần' } as const;
type Card = keyof typeof CARD;

async function press(page: Page, way: 'keyboard' | 'pointer', name: string): Promise<void> {
  if (way === 'keyboard') {
    await twin(page, name).focus();
    return page.keyboard.press('Enter');
  }
  const at = await centreOf(twin(page, name));
  await page.mouse.click(at.x, at.y);
}

async function program(page: Page, way: 'keyboard' | 'pointer', cards: Card[]): Promise<void> {
  for (const c of cards) await press(page, way, `Thêm: ${CARD[c]}`);
  await press(page, way, 'Chạy');
}

test('path: a program that bumps, is fixed, and reaches the star; every run is evidence (keyboard)', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/play/l2-robot-tim-sao');
  await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Bài 1 trên 3/);
  await program(page, 'keyboard', ['right', 'right', 'right', 'right']);
  await expect(page.locator('#live')).toHaveText(/va vào ở bước 4/);
  // Take the extra card out of the program, and run again.
  await press(page, 'keyboard', 'Bước 4: sang phải (bấm để bỏ)');
  await expect(twin(page, 'Bước 4: sang phải (bấm để bỏ)')).toHaveCount(0);
  await press(page, 'keyboard', 'Chạy');
  await expect(page.locator('#live')).toHaveText('Rô-bốt đã đến ngôi sao!');
  await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Bài 2 trên 3/);
  await program(page, 'keyboard', ['up', 'up', 'up', 'right', 'right']);
  await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Bài 3 trên 3/);
  await program(page, 'keyboard', ['down', 'down', 'right', 'right', 'up', 'right', 'right', 'down', 'down']);
  await expect(twin(page, 'Chơi lại')).toBeVisible();
  const runs = (await readEvidence(page)).filter((s) => s.verb.id.endsWith('/answered'));
  expect(runs.map((s) => [s.object.id.split(':').at(-1), s.result?.success, s.result?.extensions?.['urn:lopvui:ext:attempt']])).toEqual([
    ['1', false, 1],
    ['1', true, 2],
    ['2', true, 1],
    ['3', true, 1],
  ]);
  expect(runs[0]?.result?.response).toBe('right[,]right[,]right[,]right');
});

test('path: repeat cards for grade 3, by pointer', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/play/l3-robot-lap');
  await program(page, 'pointer', ['repeat3', 'right', 'repeat3', 'right', 'repeat2', 'up']);
  await expect(page.locator('#live')).toHaveText('Rô-bốt đã đến ngôi sao!');
  await expect(page.locator('#twins')).toHaveAttribute('aria-label', /^Bài 2 trên 2/);
  await program(page, 'pointer', ['repeat3', 'right', 'repeat2', 'right', 'repeat3', 'down', 'down']);
  await expect(twin(page, 'Chơi lại')).toBeVisible();
  const runs = (await readEvidence(page)).filter((s) => s.verb.id.endsWith('/answered'));
  expect(runs.map((s) => s.result?.success)).toEqual([true, true]);
});
