import { expect, type Locator, type Page } from '@playwright/test';
import { pressTwin } from './act.ts';
import { option, twin, twins } from './twins.ts';

export type Lang = 'vi' | 'en';

/** The player's language for this page, set before it starts (as the menu's switch keeps it). */
export async function useLang(page: Page, lang: Lang): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('lopvui.lang', l), lang);
}

/** The screen reader's live region: what the player says after each action. */
export const live = (page: Page): Locator => page.locator('#live');

/** Every sentence the live region has said in this page, oldest first (recorded by the test fixture). */
export const said = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __said?: string[] }).__said ?? []);

/** How many times the live region has said `text` in this page; poll it to wait for the n-th time. */
export const timesSaid = async (page: Page, text: string): Promise<number> => (await said(page)).filter((t) => t === text).length;

/**
 * Wait until the live region has said a sentence matching `text` since the page started: for a
 * sentence the game replaces within frames (a wrong answer's "Chưa đúng", then its hint).
 */
export const hasSaid = (page: Page, text: string | RegExp): Promise<void> =>
  expect.poll(async () => (await said(page)).some((t) => (typeof text === 'string' ? t === text : text.test(t))), { message: `the live region said ${text}` }).toBe(true);

/**
 * The player opened again beside `page`, in a window of its own (same browser, same storage), as a
 * teacher puts two windows side by side. Not a second tab: headless Chromium draws a tab behind another
 * two frames a second, so every wait on that tab crawled (two tabs playing at once took 11 s; two windows, 4 s).
 */
export async function windowBeside(page: Page, url: string): Promise<Page> {
  const [other] = await Promise.all([page.context().waitForEvent('page'), page.evaluate((u) => void window.open(u, '_blank', 'popup,noopener'), url)]);
  await other.waitForLoadState();
  return other;
}

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

/** The teacher's area, LRS sync (Vietnamese): the address, key and secret typed in, not yet saved. */
export async function typeLrsSettings(page: Page, address: string, secret: string): Promise<void> {
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Đồng bộ LRS' }).click();
  await page.getByLabel(/Địa chỉ xAPI/).fill(address);
  await page.getByLabel('Khoá (key)').fill('lop-vui');
  await page.getByLabel('Mật khẩu (secret)').fill(secret);
}

/** A file a teacher opens: an activity's JSON or one of its pictures and sounds. */
export interface OwnFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * Opened from the teacher's settings (it plays at once: `answer` names one of its choices), then
 * kept on the device through the gate.
 */
export async function openAndKeepOwn(page: Page, files: OwnFile[], answer: RegExp): Promise<void> {
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await page.locator('section.own input[type="file"]').setInputFiles(files);
  await expect(twins(page).getByRole('button', { name: answer })).toBeVisible();
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Cài đặt' }).click();
  await page.locator('[data-opened]').getByRole('button', { name: 'Giữ trên máy này' }).click();
  await expect(page.locator('[data-opened]')).toContainText('Đã giữ trên máy này');
}
