import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { xapiErrors } from '../support/xapi-schema.ts';
import { answer, answered, expect, live, openActivity, playAgain, test, unlockTeacher, waitForItem } from './support/index.ts';

/** The right answers of l1-cong-trong-10, item by item, as the child sees them. */
const RIGHT = [['3'], ['5'], ['10'], ['3 + 4', '6 + 1']];

async function pickLearner(page: Page, name: string): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: /^Ai đang chơi\?/ }).click();
  await page.getByRole('dialog').getByRole('button', { name }).click();
  await expect(page.getByRole('button', { name: `Ai đang chơi? ${name}` })).toBeVisible();
}

async function download(page: Page, button: RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path()) as string, 'utf8');
}

test('two children play, a tab closes mid-activity, the teacher sees, exports, wipes and imports the evidence', async ({ page, context }, info) => {
  test.setTimeout(120_000);

  // The teacher sets the PIN and the class list.
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Danh sách lớp' }).click();
  for (const name of ['An', 'Bình']) {
    await page.getByRole('textbox', { name: 'Tên', exact: true }).fill(name);
    await page.getByRole('combobox', { name: 'Lứa tuổi / lớp', exact: true }).selectOption({ label: 'Lớp 1' });
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: `Đổi tên: ${name}` }) })).toBeVisible();
  }

  // An plays the whole activity, right at the first try each time.
  await pickLearner(page, 'An');
  await openActivity(page, 'l1-cong-trong-10');
  for (const [i, right] of RIGHT.entries()) {
    await waitForItem(page, i + 1, 4);
    await answer(page, right);
  }
  await expect(playAgain(page)).toBeVisible();

  // Bình answers two questions (one wrong first), then the tab is closed mid-activity.
  await pickLearner(page, 'Bình');
  await openActivity(page, 'l1-cong-trong-10');
  await answer(page, ['4']);
  await expect(live(page)).toHaveText(/Chưa đúng/);
  await answer(page, ['3']);
  await waitForItem(page, 2, 4);
  await answer(page, ['5']);
  await waitForItem(page, 3, 4);
  await page.close();

  // The tablet is opened again: the teacher sees both children.
  const again = await context.newPage();
  await unlockTeacher(again);
  const table = again.locator('table.dashboard');
  await expect(table.getByRole('row', { name: /^An/ })).toContainText('Tốt');
  await expect(table.getByRole('row', { name: /^Bình/ })).toContainText('Chưa đủ minh chứng');
  await again.getByRole('button', { name: 'An, Tính toán: Tốt' }).click();
  const detail = again.locator('.evidence-detail');
  await expect(detail.getByRole('heading')).toHaveText('An · Tính toán');
  await expect(detail.locator('tbody tr')).toHaveCount(4);
  await expect(detail.locator('tbody')).toContainText('3 + 4, 6 + 1');

  // The teacher sets Bình's level by hand, with a comment.
  await again.getByRole('button', { name: /^Bình, Tính toán/ }).click();
  // Her evidence is read before her form shows: until then the pane still shows An.
  await expect(detail.getByRole('heading')).toHaveText('Bình · Tính toán');
  await detail.getByRole('combobox', { name: 'Mức giáo viên chọn' }).selectOption('dat');
  await detail.getByRole('textbox', { name: 'Nhận xét' }).fill('Em cộng đúng khi đếm thêm.');
  await detail.getByRole('button', { name: 'Lưu' }).click();
  await expect(table.getByRole('button', { name: 'Bình, Tính toán: Đạt ✎' })).toBeVisible();
  const before = await table.innerText();

  // Export: every statement is valid xAPI; then a full backup.
  await again.getByRole('button', { name: 'Sao lưu và dữ liệu' }).click();
  const statements = JSON.parse(await download(again, /Xuất minh chứng/)) as unknown[];
  expect(statements.length).toBe(4 + 1 + 3); // An: 4 answers and completed; Bình: a wrong and two right answers
  for (const s of statements) expect(xapiErrors(s)).toEqual([]);
  const backupFile = info.outputPath('backup.json');
  writeFileSync(backupFile, await download(again, /Xuất bản sao lưu/));
  const csv = await download(again, /Xuất bảng năng lực/);
  expect(csv).toMatch(/^\uFEFFHọc sinh,Toán,Tính toán\r\n/);
  expect(csv).toMatch(/\r\nAn,Hoàn thành tốt,Tốt\r\n/);
  expect(csv).toMatch(/\r\nBình,Chưa đủ minh chứng,Đạt\r\n/);

  // Wipe, then import: the same table comes back; a second import adds nothing.
  again.once('dialog', (d) => void d.accept());
  await again.getByRole('button', { name: /Xoá toàn bộ minh chứng/ }).click();
  await expect(again.getByRole('status')).toContainText('Đã xoá minh chứng');
  await again.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
  await expect(again.getByText('Chưa có minh chứng nào.')).toBeVisible();

  await again.getByRole('button', { name: 'Sao lưu và dữ liệu' }).click();
  await again.getByLabel(/Nhập bản sao lưu/).setInputFiles(backupFile);
  await expect(again.getByRole('status')).toContainText('Đã nhập: 8 minh chứng mới, 0 học sinh mới; 0 minh chứng đã có được bỏ qua.');
  await again.getByLabel(/Nhập bản sao lưu/).setInputFiles(backupFile);
  await expect(again.getByRole('status')).toContainText('Đã nhập: 0 minh chứng mới, 0 học sinh mới; 8 minh chứng đã có được bỏ qua.');
  await again.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
  await expect(table).toBeVisible();
  expect(await table.innerText()).toBe(before);
});

test('a hostile or broken backup is refused and changes nothing', async ({ page }, info) => {
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Sao lưu và dữ liệu' }).click();
  const files = {
    'truncated.json': '{"format":"lopvui-backup","version":1,"learners":[',
    'proto.json': '{"format":"lopvui-backup","version":1,"__proto__":{"x":1}}',
    'old.json': '{"format":"lopvui-backup","version":7}',
  };
  const reasons = ['tệp bị hỏng hoặc không đầy đủ', 'tệp có nội dung không an toàn', 'bản sao lưu thuộc phiên bản khác (7)'];
  for (const [i, [name, text]] of Object.entries(files).entries()) {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    await page.getByLabel(/Nhập bản sao lưu/).setInputFiles(path);
    await expect(page.getByRole('alert').filter({ hasText: 'Không nhập tệp này' })).toContainText(reasons[i]!);
  }
  await page.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
  await expect(page.getByText('Chưa có minh chứng nào.')).toBeVisible();
});

test.describe('when storage fails, the child plays on and the teacher is told', () => {
  test('IndexedDB full: answers wait in memory and the teacher sees how many', async ({ page }) => {
    await unlockTeacher(page);
    await page.evaluate(() => {
      // From now on every write fails as a full disk would make it.
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await answerTwiceThenOpenTheArea(page);
    await expect(page.getByRole('alert').filter({ hasText: 'chưa lưu được' })).toContainText('2 minh chứng chưa lưu được');
    // The evidence still counts in the table while it waits.
    await expect(page.locator('table.dashboard')).toContainText('Cả lớp');
  });

  test('IndexedDB and localStorage both full: answers stay in memory, the player keeps trying, the teacher sees how many', async ({ page }) => {
    await unlockTeacher(page);
    await page.evaluate(() => {
      const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put; __setItem: typeof Storage.prototype.setItem };
      w.__put = IDBObjectStore.prototype.put;
      w.__setItem = Storage.prototype.setItem;
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = full;
      Storage.prototype.setItem = full;
    });
    await answerTwiceThenOpenTheArea(page);
    await expect(page.locator('[data-memory-only]')).toContainText('2 câu trả lời chỉ còn trong bộ nhớ của trang này');
    // Space comes back: the player, still trying, stores both, and the warning goes.
    await page.evaluate(() => {
      const w = window as unknown as { __put: typeof IDBObjectStore.prototype.put; __setItem: typeof Storage.prototype.setItem };
      IDBObjectStore.prototype.put = w.__put;
      Storage.prototype.setItem = w.__setItem;
    });
    await expect.poll(async () => (await answered(page)).length, { timeout: 15_000 }).toBe(2);
    await page.getByRole('button', { name: 'Quan sát và đánh giá', exact: true }).click();
    await expect(page.locator('[data-memory-only]')).toHaveCount(0);
  });

  test('IndexedDB missing: the child plays and the teacher is warned to export', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await openActivity(page, 'l1-cong-trong-10');
    await answer(page, ['3']);
    await expect(live(page)).toHaveText('Đúng rồi!');
    await waitForItem(page, 2, 4);
    await unlockTeacher(page);
    await expect(page.getByRole('alert').filter({ hasText: 'IndexedDB' })).toBeVisible();
  });
});

/** Two answers of the grade-1 sums while storage fails, then the teacher opens the area with the PIN. */
async function answerTwiceThenOpenTheArea(page: Page): Promise<void> {
  await page.goto('./#/');
  await openActivity(page, 'l1-cong-trong-10');
  await answer(page, ['3']);
  await waitForItem(page, 2, 4);
  await answer(page, ['5']);
  await waitForItem(page, 3, 4);
  await page.goto('./#/teacher');
  await page.getByLabel(/^Mã PIN$/).fill('2468');
  await page.getByRole('button', { name: 'Mở' }).click();
}
