import { expect, type Locator, type Page } from '@playwright/test';
import { pressTwin } from './act.ts';
import { option, twin } from './twins.ts';

export type Lang = 'vi' | 'en';

/** The player's language for this page, set before it starts (as the menu's switch keeps it). */
export async function useLang(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('lopvui.lang', l), lang);
}

/** The screen reader's live region: what the player says after each action. */
export const live = (page: Page): Locator => page.locator('#live');

/** The menu is shown (its first tile). */
export const menuShown = (page: Page): Promise<void> => expect(page.locator('.tile').first()).toBeVisible();

/** Open a choice activity and wait until its first option is on screen (its twin exists). */
export async function openActivity(page: Page, id: string, lang: Lang = 'vi'): Promise<void> {
  await useLang(page, lang);
  await page.goto(`./#/play/${id}`);
  await expect(option(page, /./).first()).toBeVisible();
}

/** Choose the options named `labels` (with a keyboard), then Check when there are several. */
export async function answer(page: Page, labels: string[]): Promise<void> {
  for (const l of labels) await pressTwin(option(page, l));
  if (labels.length > 1) await pressTwin(twin(page, /^(Kiểm tra|Check)$/));
}

/** Pass the grown-up gate: set the PIN the first time, type it afterwards. */
export async function unlockTeacher(page: Page, pin = '2468'): Promise<void> {
  await page.goto('./#/teacher');
  const question = page.getByLabel(/Người lớn trả lời|For grown-ups/);
  const setting = await Promise.race([
    question.waitFor().then(() => true),
    page.getByLabel(/^(Mã PIN|PIN)$/).waitFor().then(() => false),
  ]);
  if (setting) {
    const [, a, b] = /(\d+) × (\d+)/.exec((await page.locator('label', { has: question }).innerText()) ?? '') ?? [];
    await question.fill(String(Number(a) * Number(b)));
    await page.getByLabel(/Đặt mã PIN|Choose a PIN/).fill(pin);
    await page.getByLabel(/Nhập lại mã PIN|Type the PIN again/).fill(pin);
  } else {
    await page.getByLabel(/^(Mã PIN|PIN)$/).fill(pin);
  }
  await page.getByRole('button', { name: /^(Mở|Open)$/ }).click();
  await expect(page.getByRole('heading', { name: /Khu vực giáo viên|Teacher's area/ })).toBeVisible();
}
