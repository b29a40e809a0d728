import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Learner } from '../../src/model/learners/learner.ts';
import type { Statement } from '../../src/model/evidence/xapi.ts';
import { answered } from '../support/statements.ts';
import { expect, option, test, unlockTeacher, waitForItem, windowBeside } from './support/index.ts';

/**
 * Imports are all or nothing, checked to the last field (issue 16): a poisoned backup is
 * refused whole and changes nothing; a large one never blocks the page; every tab's totals
 * follow.
 */
// Pupils of grade 1: their evidence (nl.tinh-toan) counts toward Thông tư 27, so the table shows them.
const learner = (id: string, name: string): Learner => ({ id, name, animal: 'meo', color: 'do', archived: false, createdAt: '2026-11-24T08:00:00.000Z', stage: 'lop-1' });
const backupText = (statements: unknown[], learners: Learner[] = [learner('an-1', 'An')]) =>
  JSON.stringify({ format: 'lopvui-backup', version: 1, exportedAt: '2026-11-24T08:00:00.000Z', device: 'http://localhost/', learners, statements, judgements: [] });
const good = () => [answered({ learner: 'an-1', success: true }), answered({ learner: 'an-1', item: 2, success: true })];
const table = (page: Page) => page.locator('table.dashboard');

async function importFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Sao lưu và dữ liệu' }).click();
  await page.getByLabel(/Nhập bản sao lưu/).setInputFiles(path);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('lopvui.lang', 'vi'));
});

test('every poisoned backup is refused whole, names the record and why, and changes nothing; a good one then counts right', async ({ page }, info) => {
  // biome-ignore lint/suspicious/noExplicitAny: a statement broken on purpose
  const poison = (change: (s: any) => void) => {
    const [first, second] = good();
    const s = JSON.parse(JSON.stringify(second)) as Record<string, unknown>;
    change(s);
    return backupText([first, s]);
  };
  const files: [string, string, string][] = [
    ['category.json', poison((s) => (s.context.contextActivities.category = 'x')), 'bản ghi statements.1.context.contextActivities.category không hợp lệ: sai kiểu dữ liệu'],
    ['scaled.json', poison((s) => (s.result.score = { scaled: 'abc' })), 'bản ghi statements.1.result.score.scaled không hợp lệ: sai kiểu dữ liệu'],
    ['scaled-2.json', poison((s) => (s.result.score = { scaled: 2 })), 'statements.1.result.score.scaled không hợp lệ: giá trị nằm ngoài khoảng cho phép'],
    ['response.json', poison((s) => (s.result.response = 5)), 'statements.1.result.response không hợp lệ: sai kiểu dữ liệu'],
    ['future.json', poison((s) => (s.timestamp = '2099-01-01T00:00:00.000Z')), 'statements.1.timestamp không hợp lệ: thời điểm nằm trong tương lai'],
    ['whole-class.json', backupText(good(), [learner('an-1', 'An'), learner('ca-lop', 'Cả lớp')]), 'learners.1.id không hợp lệ: trùng mã dành riêng cho cả lớp'],
  ];
  await unlockTeacher(page);
  for (const [name, text, reason] of files) {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    await importFile(page, path);
    const refused = page.getByRole('alert').filter({ hasText: 'Không nhập tệp này' });
    await expect(refused).toContainText(reason);
    await expect(refused).toContainText('Không có gì thay đổi.');
  }
  // Nothing was written: no evidence, no learner, no phantom row.
  await page.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
  await expect(page.getByText('Chưa có minh chứng nào.')).toBeVisible();
  await page.getByRole('button', { name: 'Danh sách lớp' }).click();
  await expect(page.getByText(/Danh sách lớp còn trống/)).toBeVisible();
  await page.getByRole('button', { name: 'Theo hoạt động' }).click();
  await expect(page.getByText('Chưa có lượt chơi nào.')).toBeVisible();

  const path = info.outputPath('good.json');
  writeFileSync(path, backupText(good()));
  await importFile(page, path);
  await expect(page.getByRole('status')).toContainText('Đã nhập: 2 minh chứng mới, 1 học sinh mới; 0 minh chứng đã có được bỏ qua.');
  await page.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
  await expect(table(page).getByRole('row', { name: /^An/ })).toContainText('(2)');
  await expect(table(page).getByRole('row')).toHaveCount(2); // the header and An: no second "whole class"
});

// The page's longest task during a 100,000-statement import is a speed figure: `npm run bench` budgets it (200 ms).
test('20,000 statements are imported in chunks with progress, the totals right, after a reload too', async ({ page }, info) => {
  test.setTimeout(120_000);
  const N = 20_000;
  const kids = Array.from({ length: 10 }, (_, i) => learner(`hs-${i}`, `Học sinh ${i}`));
  const statements: Statement[] = [];
  for (let i = 0; i < N; i++) statements.push(answered({ learner: `hs-${i % 10}`, item: (i % 4) + 1, success: i % 3 !== 0, at: Date.UTC(2026, 9, 1) + i * 1000 }));
  const path = info.outputPath('large.json');
  writeFileSync(path, backupText(statements, kids));

  // What the progress bar said at each step the import reported (the area's "busy" signal).
  await page.addInitScript(() => {
    const w = window as unknown as { __written: number[] };
    w.__written = [];
    addEventListener('lopvui:teacher-busy', () => {
      const bar = document.querySelector<HTMLProgressElement>('progress[data-phase="write"]');
      if (bar) w.__written.push(bar.value);
    });
  });
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Sao lưu và dữ liệu' }).click();
  await page.getByLabel(/Nhập bản sao lưu/).setInputFiles(path);
  await expect(page.locator('progress')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText(`Đã nhập: ${N} minh chứng mới, 10 học sinh mới`, { timeout: 90_000 });
  // Read 2,000 at a time (each written in chunks of 1,000): the bar rose step by step to the whole.
  const written = await page.evaluate(() => [...new Set((window as unknown as { __written: number[] }).__written)]);
  expect(written.length).toBeGreaterThanOrEqual(N / 2000);
  expect(written).toEqual([...written].sort((a, b) => a - b));
  expect(Math.max(...written)).toBe(N);

  await page.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
  for (const k of [0, 9]) await expect(table(page).getByRole('row', { name: new RegExp(`^Học sinh ${k}`) })).toContainText(`(${N / 10})`);
  // After a reload (the totals as stored), the same.
  await page.reload();
  await page.getByLabel(/^Mã PIN$/).fill('2468');
  await page.getByRole('button', { name: 'Mở' }).click();
  await expect(table(page).getByRole('row', { name: /^Học sinh 3/ })).toContainText(`(${N / 10})`);
});

test('two windows: what one records or imports shows in the other\'s totals at once, with no reload', async ({ page }, info) => {
  await unlockTeacher(page);
  await expect(page.getByText('Chưa có minh chứng nào.')).toBeVisible();

  const child = await windowBeside(page, './#/play/mn-con-vat-keu');
  for (const [i, animal] of ['mèo', 'cá', 'chó', 'vịt'].entries()) {
    await waitForItem(child, i + 1, 4);
    await option(child, animal).focus();
    await child.keyboard.press('Enter');
  }
  await expect(child.locator('#twins').getByRole('button', { name: 'Chơi lại' })).toBeVisible();
  await expect(table(page).getByRole('row', { name: /^Cả lớp/ })).toContainText('4 câu'); // counted, never graded

  const path = info.outputPath('good.json');
  writeFileSync(path, backupText(good()));
  await unlockTeacher(child);
  await importFile(child, path);
  await expect(child.getByRole('status')).toContainText('Đã nhập: 2 minh chứng mới');
  await expect(table(page).getByRole('row', { name: /^An/ })).toContainText('(2)');
  await expect(table(page).getByRole('row', { name: /^Cả lớp/ })).toContainText('4 câu'); // counted, never graded
});

test('a backup locked with a passphrase carries no readable name, and opens only with it', async ({ page }, info) => {
  await unlockTeacher(page);
  const path = info.outputPath('good.json');
  writeFileSync(path, backupText(good(), [learner('an-1', 'Nguyễn Thị Ánh')]));
  await importFile(page, path);
  await expect(page.getByRole('status')).toContainText('Đã nhập: 2 minh chứng mới, 1 học sinh mới');

  await page.getByLabel(/Mật khẩu cho bản sao lưu/).fill('mèo con đi học');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Xuất bản sao lưu/ }).click()]);
  const locked = readFileSync((await file.path()) as string, 'utf8');
  expect(locked).toContain('lopvui-backup-protected');
  expect(locked).not.toContain('Ánh');
  const lockedPath = info.outputPath('locked.json');
  writeFileSync(lockedPath, locked);

  // Imported on another tablet (a fresh context would do; the same one shows "already here").
  await importFile(page, lockedPath);
  await expect(page.getByRole('alert').filter({ hasText: 'Không nhập tệp này' })).toContainText('mật khẩu của bản sao lưu chưa đúng');
  await page.getByLabel(/Mật khẩu của tệp nhập/).fill('mèo con đi học');
  await page.getByLabel(/Nhập bản sao lưu/).setInputFiles(lockedPath);
  await expect(page.getByRole('status')).toContainText('Đã nhập: 0 minh chứng mới, 0 học sinh mới; 2 minh chứng đã có được bỏ qua.');
});
