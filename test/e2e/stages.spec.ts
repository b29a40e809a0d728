import type { Page } from '@playwright/test';
import { answer, expect, live, openActivity, playAgain, test, unlockTeacher, waitForItem } from './support/index.ts';

/**
 * One mixed-band activity ("Con vật sống ở đâu?", for 4–5 and 5–6 year-olds and grade 2), played
 * by a four-year-old and by a grade-2 pupil: the teacher sees observations for the child and
 * Thông tư 27 proposals for the pupil, and prints the pupil's periodic summary.
 */
const ACTIVITY = 'con-vat-song-o-dau';
const RIGHT = ['cá', 'vịt', 'dưới ao', 'mèo'];

async function addLearner(page: Page, name: string, stage: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Tên', exact: true }).fill(name);
  await page.getByRole('combobox', { name: 'Lứa tuổi / lớp', exact: true }).selectOption({ label: stage });
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.getByRole('combobox', { name: `Lứa tuổi / lớp: ${name}` })).toHaveValue(/./);
}

async function pickLearner(page: Page, name: string): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: /^Ai đang chơi\?/ }).click();
  await page.getByRole('dialog').getByRole('button', { name }).click();
  await expect(page.getByRole('button', { name: `Ai đang chơi? ${name}` })).toBeVisible();
}

/** Play the four questions; `wrongFirst` maps a question (1-based) to a wrong answer tried before the right one. */
async function play(page: Page, wrongFirst: Record<number, string>): Promise<void> {
  await openActivity(page, ACTIVITY);
  for (const [i, right] of RIGHT.entries()) {
    await waitForItem(page, i + 1, 4);
    const wrong = wrongFirst[i + 1];
    if (wrong) {
      await answer(page, [wrong]);
      await expect(live(page)).toHaveText(/Chưa đúng|Gợi ý/);
    }
    await answer(page, [right]);
    // After the last answer the end screen speaks at once.
    if (i < RIGHT.length - 1) await expect(live(page)).toHaveText('Đúng rồi!');
  }
  await expect(playAgain(page)).toBeVisible();
}

test('a 4–5-year-old is observed and a grade-2 pupil assessed as Thông tư 27 says, from the same activity; the summary prints', async ({ page }, info) => {
  test.setTimeout(150_000);
  await unlockTeacher(page);
  await page.getByRole('button', { name: 'Danh sách lớp' }).click();
  // A stage is asked: a name alone is not enough.
  await page.getByRole('textbox', { name: 'Tên', exact: true }).fill('Na');
  await page.getByRole('button', { name: 'Thêm', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Hãy chọn lứa tuổi hoặc lớp.');
  await addLearner(page, 'Na', '4–5 tuổi');
  await addLearner(page, 'Minh', 'Lớp 2');

  // The menu starts on each child's band.
  await pickLearner(page, 'Na');
  await expect(page.getByRole('button', { name: '4–5 tuổi', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await play(page, { 1: 'chó', 4: 'cá' });
  await pickLearner(page, 'Minh');
  await expect(page.getByRole('button', { name: 'Lớp 2', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await play(page, { 2: 'mèo' });

  await unlockTeacher(page);
  const observed = page.locator('section.mam-non');
  const assessed = page.locator('section.tieu-hoc');

  // Na: what she did, per lĩnh vực; no level anywhere, and nothing of the primary framework.
  await expect(observed.getByRole('heading')).toHaveText('Mầm non: quan sát sự phát triển của trẻ');
  const naCell = observed.getByRole('button', { name: 'Na, Phát triển nhận thức: 4 lần: 2 làm được ngay, 2 làm được khi có gợi ý, 0 chưa làm được' });
  await expect(naCell).toBeVisible();
  await expect(observed).not.toContainText(/Tốt|Đạt|Cần cố gắng|Hoàn thành|Khoa học|Minh/);
  await expect(observed.locator('table')).not.toContainText('Khoa học');

  // Minh: the subject on its scale, the competency on its scale; nothing of the early-years framework.
  await expect(assessed.getByRole('button', { name: 'Minh, Tự nhiên và Xã hội: Hoàn thành tốt' })).toBeVisible();
  await expect(assessed.getByRole('button', { name: 'Minh, Khoa học: Tốt' })).toBeVisible();
  await expect(assessed.locator('table')).not.toContainText(/Phát triển|Na\b/);
  await expect(assessed).toContainText('từ 0,8 là Hoàn thành tốt, từ 0,5 là Hoàn thành');
  await page.screenshot({ path: info.outputPath('teacher-view.png'), fullPage: true });

  // The proposal shows its rule's figures (Vietnamese decimals) and its evidence.
  await assessed.getByRole('button', { name: 'Minh, Tự nhiên và Xã hội: Hoàn thành tốt' }).click();
  const detail = page.locator('.evidence-detail');
  await expect(detail).toContainText('Đề xuất: Hoàn thành tốt (điểm trung bình 0,88 trên 4 câu)');
  await expect(detail.locator('tbody tr')).toHaveCount(4);

  // Na's observation: the evidence, a dated note, the expected outcome marked at the end of the stage.
  await naCell.click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText('Quan sát: Na · Phát triển nhận thức');
  await expect(detail.locator('tbody tr')).toHaveCount(4);
  await detail.getByRole('textbox', { name: /^Ghi chép mới/ }).fill('Na chỉ đúng con cá sống dưới nước, kể được vịt vừa bơi vừa đi.');
  await detail.getByRole('button', { name: 'Lưu ghi chép' }).click();
  await expect(detail.locator('ul.notes li')).toHaveText(/^\d{1,2}\/\d{1,2}\/\d{4}: Na chỉ đúng con cá sống dưới nước/);
  await detail.getByRole('radio', { name: 'Trẻ đã đạt' }).check();
  await detail.getByRole('button', { name: 'Lưu đánh giá' }).click();
  await expect(detail.getByRole('radio', { name: 'Trẻ đã đạt' })).toBeChecked();
  await expect(detail).not.toContainText(/Tốt|Cần cố gắng|Đề xuất/);

  // Minh's periodic summary: a drafted nhận xét naming real items, edited by the teacher, kept.
  await page.getByRole('button', { name: 'Quan sát và đánh giá' }).click();
  await assessed.getByRole('button', { name: 'Tổng hợp định kì: Minh' }).click();
  const summary = page.locator('.period-summary');
  await expect(summary.getByRole('heading', { level: 2 })).toHaveText('Tổng hợp kết quả đánh giá: Minh (Lớp 2)');
  const comment = summary.getByRole('textbox', { name: 'Nhận xét: Tự nhiên và Xã hội' });
  await expect(comment).toHaveValue(
    'Em đã làm bài “Con vật sống ở đâu?”. Em làm đúng ngay: “Con nào sống dưới nước?”, “Cá sống ở đâu?”, “Con nào sống trên cạn, không bơi dưới ao?”. Em cần luyện thêm: “Con nào vừa bơi dưới nước, vừa đi trên cạn?”.',
  );
  await expect(summary).toContainText('bản nháp từ minh chứng');
  // Phẩm chất: nothing proposed, only the teacher's own choice.
  await expect(summary.getByRole('combobox', { name: 'Mức giáo viên chọn: Chăm chỉ' })).toHaveValue('');
  await comment.fill('Em nhận biết đúng nơi sống của cá, mèo. Em cần luyện thêm: con vật vừa sống dưới nước vừa sống trên cạn (con vịt).');
  await summary.getByRole('combobox', { name: 'Mức giáo viên chọn: Tự nhiên và Xã hội' }).selectOption({ label: 'Hoàn thành tốt' });
  await summary.getByRole('combobox', { name: 'Mức giáo viên chọn: Chăm chỉ' }).selectOption({ label: 'Tốt' });
  await summary.getByRole('button', { name: 'Lưu tổng hợp' }).click();
  await expect(summary.getByRole('status')).toHaveText('Đã lưu tổng hợp.');

  // Kept across a reload, no longer a draft.
  await page.reload();
  await unlockTeacher(page);
  await assessed.getByRole('button', { name: 'Tổng hợp định kì: Minh' }).click();
  await expect(comment).toHaveValue(/^Em nhận biết đúng nơi sống của cá, mèo/);
  await expect(summary).not.toContainText('bản nháp từ minh chứng');

  // It prints alone: the print button asks for the summary only, and on paper the fields are text.
  await page.evaluate(() => {
    window.print = () => void ((window as unknown as { printed: string | undefined }).printed = document.body.dataset.print);
  });
  await summary.getByRole('button', { name: 'In tổng hợp' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: string | undefined }).printed)).toBe('summary');
  await page.emulateMedia({ media: 'print' });
  await expect(assessed).toBeHidden();
  await expect(observed).toBeHidden();
  await expect(comment).toBeHidden();
  await expect(summary.locator('.print-only').filter({ hasText: 'Em nhận biết đúng nơi sống của cá, mèo.' })).toBeVisible();
  await expect(summary.locator('.print-only').filter({ hasText: 'Cuối học kì I' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('summary-print.png'), fullPage: true });
  const pdf = await page.pdf({ path: info.outputPath('summary.pdf'), format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
