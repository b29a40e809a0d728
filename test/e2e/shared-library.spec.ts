import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { serveFolder, type StaticServer } from './static-server.ts';
import { indexLibrary, type MadePack, packsFromLevels } from './support/library-packs.ts';
import { answered, expect, menuShown, option, pressTwin, test, unlockTeacher, useLang } from './support/index.ts';

/**
 * Kho học liệu: a library of packs made from the project's own levels and lessons, indexed with
 * `npm run library` and served by a plain static server on another origin. The teacher browses
 * and filters it, previews a pack (nothing kept), downloads one, plays it offline (evidence
 * recorded), sees the list from the device's copy while offline, then updates the pack to a
 * newer version put in the folder.
 */
let dir: string;
let made: MadePack[];
let library: StaticServer;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'lopvui-kho-'));
  made = await packsFromLevels(dir);
  indexLibrary(dir);
  library = await serveFolder(dir, '/kho/');
});
test.afterAll(() => library.close());

const DOWNLOADED = 'cum3.cum-mn-con-vat-keu';
const PREVIEWED = 'cum3.cum-l1-cong-trong-10';
const pack = (page: Page, id: string) => page.locator(`li[data-pack="${id}"]`);
const shown = (page: Page) => page.locator('#library-results');
const filter = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const search = (page: Page) => page.getByRole('searchbox', { name: 'Tìm (tên, tác giả, mô tả)' });

async function openLibraryTab(page: Page): Promise<void> {
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Kho học liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Kho học liệu dùng chung' })).toBeVisible();
}

test('a library of packs from levels/ served from a folder: browse, filter, preview, download, play offline, update', async ({ page, context }) => {
  test.setTimeout(120_000);
  expect(made.length).toBeGreaterThanOrEqual(20);
  await useLang(page, 'vi');
  await openLibraryTab(page);

  // The address, as a teacher pastes it (its library.json), is taken as the folder.
  await page.getByLabel('Địa chỉ thư mục kho').fill(`${library.url}library.json`);
  await page.getByRole('button', { name: 'Mở kho' }).click();
  await expect(shown(page)).toHaveText(`Đang hiện ${made.length} trong ${made.length} gói.`);
  await expect(page.getByLabel('Địa chỉ thư mục kho')).toHaveValue(library.url);
  const keu = pack(page, DOWNLOADED);
  await expect(keu.getByRole('heading', { name: 'Con gì kêu, con gì bơi?' })).toBeVisible();
  await expect(keu).toContainText('1.0.0');
  await expect(keu).toContainText('CC-BY-4.0');
  await expect(keu.locator('[data-status]')).toHaveText('Chưa có trên máy này');
  await page.screenshot({ path: test.info().outputPath('library-list.png') });

  // Filters narrow the list; the search needs no tone marks.
  await filter(page, 'Độ tuổi hoặc lớp').selectOption('lop-1');
  await expect(pack(page, PREVIEWED)).toBeVisible();
  await expect(keu).toHaveCount(0);
  await filter(page, 'Độ tuổi hoặc lớp').selectOption('');
  await filter(page, 'Môn học').selectOption('science');
  await filter(page, 'Năng lực').selectOption('mn.nhan-thuc');
  await expect(keu).toBeVisible();
  await expect(pack(page, PREVIEWED)).toHaveCount(0);
  await filter(page, 'Môn học').selectOption('');
  await filter(page, 'Năng lực').selectOption('');
  await search(page).fill('con gi keu');
  await expect(shown(page)).toHaveText(`Đang hiện 1 trong ${made.length} gói.`);
  await search(page).fill('');
  await filter(page, 'Trường').selectOption('MN Hoa Sen');
  const inSchool = await page.locator('li[data-pack]').count();
  expect(inSchool).toBeGreaterThan(0);
  expect(inSchool).toBeLessThan(made.length);
  await filter(page, 'Trường').selectOption('');

  // Preview: the pack is fetched and plays at once; nothing is kept.
  await pack(page, PREVIEWED).getByRole('button', { name: 'Xem thử' }).click();
  await expect(page).toHaveURL(/#\/play\/cum-l1-cong-trong-10$/);
  await expect(option(page, '3')).toBeVisible();

  // Download (the address is remembered: the list opens by itself): progress, then kept.
  await openLibraryTab(page);
  await expect(pack(page, PREVIEWED).locator('[data-status]')).toHaveText('Chưa có trên máy này');
  await keu.getByRole('button', { name: 'Tải về máy này' }).click();
  await expect(keu.getByRole('status')).toHaveText(/^Đã lưu Con gì kêu, con gì bơi\? trên máy này/);
  expect(await keu.locator('progress').evaluate((p: HTMLProgressElement) => p.max > 1000 && p.value === p.max)).toBe(true);
  await expect(keu.locator('[data-status]')).toHaveText('Máy này đã có bản này');
  await page.screenshot({ path: test.info().outputPath('library-downloaded.png') });

  // Offline: the list is this device's copy, marked as old; the pack plays and records evidence.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Mở kho' }).click();
  await expect(page.locator('[data-stale]')).toBeVisible();
  await expect(shown(page)).toHaveText(`Đang hiện ${made.length} trong ${made.length} gói.`);
  await page.goto('./#/');
  await menuShown(page);
  await page.locator('.tile[data-activity="cum-mn-con-vat-keu"]').click();
  await pressTwin(option(page, 'mèo'));
  await expect.poll(async () => (await answered(page)).filter((s) => s.object.id.includes('cum-mn-con-vat-keu')).length).toBeGreaterThan(0);
  await context.setOffline(false);

  // A newer version in the folder, indexed again: offered as an update, and updated.
  expect(await packsFromLevels(dir, (id) => id === DOWNLOADED, '1.1.0', ' (bản mới)')).toHaveLength(1);
  indexLibrary(dir);
  await openLibraryTab(page);
  await expect(keu.locator('[data-status]')).toHaveText('Máy này có bản cũ hơn: có thể cập nhật');
  await expect(keu).toContainText('1.1.0');
  await keu.getByRole('button', { name: 'Cập nhật' }).click();
  await expect(keu.getByRole('status')).toHaveText(/^Đã lưu Con gì kêu, con gì bơi\? \(bản mới\) trên máy này/);
  await expect(keu.locator('[data-status]')).toHaveText('Máy này đã có bản này');
});
