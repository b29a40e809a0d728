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

/**
 * Pass the grown-up gate: the first time, set the PIN and note the recovery code it shows
 * (returned); afterwards, type the PIN.
 */
export async function unlockTeacher(page: Page, pin = '2468'): Promise<string | undefined> {
  await page.goto('./#/teacher');
  const choose = page.getByLabel(/Đặt mã PIN|Choose a PIN/);
  const enter = page.getByLabel(/^(Mã PIN|PIN)$/);
  const setting = await Promise.race([choose.waitFor().then(() => true), enter.waitFor().then(() => false)]);
  let code: string | undefined;
  if (setting) {
    await choose.fill(pin);
    await page.getByLabel(/Nhập lại mã PIN|Type the PIN again/).fill(pin);
    await page.getByRole('button', { name: /^(Mở|Open)$/ }).click();
    code = await page.locator('[data-recovery-code]').innerText();
    await page.getByRole('button', { name: /Tôi đã ghi lại mã|I have written it down/ }).click();
  } else {
    await enter.fill(pin);
    await page.getByRole('button', { name: /^(Mở|Open)$/ }).click();
  }
  await expect(page.getByRole('heading', { name: /Khu vực giáo viên|Teacher's area/ })).toBeVisible();
  return code;
}
