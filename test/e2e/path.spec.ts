import type { Page } from '@playwright/test';
import { act, answered, expect, live, playAgain, test, twin, twins, type Way } from './support/index.ts';

const CARD = { up: 'lên', down: 'xuống', left: 'sang trái', right: 'sang phải', repeat2: 'lặp 2 lần', repeat3: 'lặp 3 lần' } as const;
type Card = keyof typeof CARD;

const press = (page: Page, way: Way, name: string) => act(page, way, twin(page, name));

async function program(page: Page, way: Way, cards: Card[]): Promise<void> {
  for (const c of cards) await press(page, way, `Thêm: ${CARD[c]}`);
  await press(page, way, 'Chạy');
}

test('path: a program that bumps, is fixed, and reaches the star; every run is evidence (keyboard)', async ({ page }) => {
  await page.goto('./#/play/l2-robot-tim-sao');
  await expect(twins(page)).toHaveAttribute('aria-label', /^Bài 1 trên 3/);
  await program(page, 'keyboard', ['right', 'right', 'right', 'right']);
  await expect(live(page)).toHaveText(/va vào ở bước 4/);
  // Take the extra card out of the program, and run again.
  await press(page, 'keyboard', 'Bước 4: sang phải (bấm để bỏ)');
  await expect(twin(page, 'Bước 4: sang phải (bấm để bỏ)')).toHaveCount(0);
  await press(page, 'keyboard', 'Chạy');
  await expect(live(page)).toHaveText('Rô-bốt đã đến ngôi sao!');
  await expect(twins(page)).toHaveAttribute('aria-label', /^Bài 2 trên 3/);
  await program(page, 'keyboard', ['up', 'up', 'up', 'right', 'right']);
  await expect(twins(page)).toHaveAttribute('aria-label', /^Bài 3 trên 3/);
  await program(page, 'keyboard', ['down', 'down', 'right', 'right', 'up', 'right', 'right', 'down', 'down']);
  await expect(playAgain(page)).toBeVisible();
  const runs = await answered(page);
  expect(runs.map((s) => [s.object.id.split(':').at(-1), s.result?.success, s.result?.extensions?.['urn:lopvui:ext:attempt']])).toEqual([
    ['1', false, 1],
    ['1', true, 2],
    ['2', true, 1],
    ['3', true, 1],
  ]);
  expect(runs[0]?.result?.response).toBe('right[,]right[,]right[,]right');
});

test('path: repeat cards for grade 3, by mouse', async ({ page }) => {
  await page.goto('./#/play/l3-robot-lap');
  await program(page, 'mouse', ['repeat3', 'right', 'repeat3', 'right', 'repeat2', 'up']);
  await expect(live(page)).toHaveText('Rô-bốt đã đến ngôi sao!');
  await expect(twins(page)).toHaveAttribute('aria-label', /^Bài 2 trên 2/);
  await program(page, 'mouse', ['repeat3', 'right', 'repeat2', 'right', 'repeat3', 'down', 'down']);
  await expect(playAgain(page)).toBeVisible();
  const runs = await answered(page);
  expect(runs.map((s) => s.result?.success)).toEqual([true, true]);
});
